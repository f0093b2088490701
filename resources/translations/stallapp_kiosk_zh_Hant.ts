<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BatchExportPanel</name>
    <message>
        <source>Export batch for the coordinator…</source>
        <translation>匯出批次給統籌人…</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder</source>
        <translation>選擇 USB 手指或資料夾</translation>
    </message>
    <message>
        <source>Sealing the batch…</source>
        <translation>正在封存批次…</translation>
    </message>
    <message>
        <source>Nothing new to export.</source>
        <translation>沒有新的簽名需要匯出。</translation>
    </message>
    <message>
        <source>Wrote %1 signature(s) to %2</source>
        <translation>已把 %1 個簽名寫入 %2</translation>
    </message>
</context>
<context>
    <name>BatchReceiptsPanel</name>
    <message>
        <source>Batches sent to the coordinator</source>
        <translation>已交給統籌人的批次</translation>
    </message>
    <message>
        <source>Load import receipt…</source>
        <translation>載入匯入收據…</translation>
    </message>
    <message>
        <source>Erase received signers…</source>
        <translation>刪除統籌人已收到的聯署人…</translation>
    </message>
    <message>
        <source>Batch %1 (%2): %3 signature(s)</source>
        <translation>第 %1 批（%2）：%3 個簽名</translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation>統籌人未確認收到</translation>
    </message>
    <message>
        <source>received, erased from this laptop</source>
        <translation>已收到，已從這部手提電腦刪除</translation>
    </message>
    <message>
        <source>received, still on this laptop</source>
        <translation>已收到，仍留在這部手提電腦</translation>
    </message>
    <message>
        <source>No batch exported yet.</source>
        <translation>尚未匯出任何批次。</translation>
    </message>
    <message>
        <source>%1 signature(s) received by the coordinator and erased from this laptop.</source>
        <translation>%1 個簽名統籌人已收到，並已從這部手提電腦刪除。</translation>
    </message>
    <message>
        <source>Choose the import receipt on the stick</source>
        <translation>選擇 USB 手指上的匯入收據</translation>
    </message>
    <message>
        <source>Import receipts (*.stallreceipt);;All files (*)</source>
        <translation>匯入收據 (*.stallreceipt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Checking the receipt…</source>
        <translation>正在核對收據…</translation>
    </message>
    <message>
        <source>Receipt checked: the coordinator holds %1 batch(es); %2 newly received.</source>
        <translation>收據已核對：統籌人持有 %1 個批次，其中 %2 個是新確認收到的。</translation>
    </message>
    <message>
        <source>No received signer is left on this laptop.</source>
        <translation>這部手提電腦上已沒有統籌人已收到的聯署人。</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>沒有刪除任何資料。</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>正在刪除…</translation>
    </message>
    <message>
        <source>%1 signature(s) received by the coordinator were erased from this laptop.</source>
        <translation>已從這部手提電腦刪除 %1 個統籌人已收到的簽名。</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Campaign and batches</source>
        <translation>活動及批次</translation>
    </message>
    <message>
        <source>1. Campaign pack from your coordinator</source>
        <translation>1. 統籌人給你的活動資料包</translation>
    </message>
    <message>
        <source>Import campaign pack…</source>
        <translation>匯入活動資料包…</translation>
    </message>
    <message>
        <source>2. This device, for the coordinator to enrol</source>
        <translation>2. 本裝置（供統籌人登記）</translation>
    </message>
    <message>
        <source>Read these digits to the coordinator, in person:</source>
        <translation>當面把這些數字讀給統籌人核對：</translation>
    </message>
    <message>
        <source>Save device card…</source>
        <translation>儲存裝置卡…</translation>
    </message>
    <message>
        <source>3. End of the day: sealed batch for the coordinator</source>
        <translation>3. 一天結束：給統籌人的密封批次</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Choose the campaign pack</source>
        <translation>選擇活動資料包</translation>
    </message>
    <message>
        <source>Not trusted: nothing was imported.</source>
        <translation>未獲信任：沒有匯入任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>Campaign pack imported: %n petition(s).</source>
        <translation>
            <numerusform>已匯入活動資料包：%n 個請願。</numerusform>
        </translation>
    </message>
    <message>
        <source>signs campaign packs</source>
        <translation>簽署活動資料包</translation>
    </message>
    <message>
        <source>opens this stall&apos;s batches</source>
        <translation>可開啟此街站的批次</translation>
    </message>
    <message>
        <source>can recover this vault</source>
        <translation>可還原此資料庫</translation>
    </message>
    <message>
        <source>No campaign yet: import your coordinator&apos;s pack.</source>
        <translation>尚未加入活動：請匯入統籌人的活動資料包。</translation>
    </message>
    <message>
        <source>This stall belongs to the campaign of %1:</source>
        <translation>此街站屬於 %1 的活動：</translation>
    </message>
    <message>
        <source>Switching campaign…</source>
        <translation>正在轉換活動…</translation>
    </message>
    <message>
        <source>This stall now belongs to the campaign of %1.</source>
        <translation>此街站現屬於 %1 的活動。</translation>
    </message>
    <message>
        <source>Save the device card</source>
        <translation>儲存裝置卡</translation>
    </message>
    <message>
        <source>The device card could not be saved there.</source>
        <translation>無法在該處儲存裝置卡。</translation>
    </message>
    <message>
        <source>Device card saved. Give it to the coordinator.</source>
        <translation>已儲存裝置卡。請把它交給統籌人。</translation>
    </message>
</context>
<context>
    <name>CampaignSwitchDialog</name>
    <message>
        <source>Switch campaign</source>
        <translation>轉換活動</translation>
    </message>
    <message>
        <source>This pack comes from a different coordinator key than the campaign this stall belongs to. Only switch if your coordinator asked you to, in person: after the switch, batches go only to the new coordinator, the old coordinator&apos;s recovery key no longer opens this vault, and signatures not yet exported must be exported first.</source>
        <translation>此資料包來自另一把統籌人金鑰，並非此街站所屬活動的金鑰。只有在統籌人親身要求時才轉換：轉換後，批次只會交給新的統籌人，舊統籌人的還原金鑰不能再開啟此資料庫，而未匯出的聯署須先匯出。</translation>
    </message>
    <message>
        <source>Current campaign: %1</source>
        <translation>目前活動：%1</translation>
    </message>
    <message>
        <source>New campaign (%1): %2</source>
        <translation>新活動（%1）：%2</translation>
    </message>
    <message>
        <source>Type your passphrase to switch:</source>
        <translation>輸入你的密碼短語以轉換：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密碼短語</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. From then on only the new passphrase opens this vault.</source>
        <translation>先輸入現在的密碼短語，再輸入新的密碼短語兩次。此後只有新的密碼短語能開啟這個資料庫。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>現在的密碼短語</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>請輸入現在的密碼短語。</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a few seconds.</source>
        <translation>正在更改密碼短語…需時數秒。</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>現在的密碼短語不正確。沒有作出任何更改。</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>密碼短語已更改。今後請使用新的密碼短語。</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>United Kingdom</source>
        <translation>英國</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>愛爾蘭</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法國</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德國</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷蘭</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美國</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳洲</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>Something unexpected went wrong. Every signature that was confirmed is saved and encrypted. Please lock the app, close it and open it again; if this happens again, tell your coordinator what you were doing.</source>
        <translation>發生了意外錯誤。所有已確認的簽名都已加密保存。請先上鎖，關閉程式再重新打開；如果再次發生，請告訴統籌人你當時在做甚麼。</translation>
    </message>
</context>
<context>
    <name>EraseReceivedDialog</name>
    <message>
        <source>Erase received signers</source>
        <translation>刪除統籌人已收到的聯署人</translation>
    </message>
    <message>
        <source>The coordinator confirmed, with a signed receipt, that it holds %1 batch(es) from this laptop. The %2 signature(s) in them will be erased from this laptop now: names, addresses, e-mail addresses and drawn signatures, overwritten on the disk. The coordinator keeps its copy. Signatures not yet received stay here, and the counts on this laptop show the erased ones as &quot;received and erased&quot;.</source>
        <translation>統籌人已用簽署的收據確認，持有這部手提電腦的 %1 個批次。當中 %2 個簽名現在會從這部手提電腦刪除：姓名、地址、電郵地址和手寫簽名都會在磁碟上被覆寫。統籌人保留自己的副本。統籌人未收到的簽名會留在這裏；這部手提電腦上的數字會把已刪除的列為「已收到並已刪除」。</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作無法還原。</translation>
    </message>
    <message>
        <source>Keep them for now</source>
        <translation>暫時保留</translation>
    </message>
    <message>
        <source>Erase %1 signature(s)</source>
        <translation>刪除 %1 個簽名</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New stall event</source>
        <translation>新增街站活動</translation>
    </message>
    <message>
        <source>e.g. Broadgate, CV1 1LL</source>
        <translation>例如 Broadgate, CV1 1LL</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>結束時間</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>建立活動</translation>
    </message>
    <message>
        <source>Please check the event: %1</source>
        <translation>請檢查活動資料：%1</translation>
    </message>
</context>
<context>
    <name>ExitKioskDialog</name>
    <message>
        <source>Volunteer</source>
        <translation>義工</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>離開自助模式</translation>
    </message>
    <message>
        <source>Volunteers only: type today&apos;s PIN or the passphrase.</source>
        <translation>只限義工：請輸入今日的 PIN 或密碼短語。</translation>
    </message>
    <message>
        <source>Volunteers only: type the passphrase.</source>
        <translation>只限義工：請輸入密碼短語。</translation>
    </message>
    <message>
        <source>Back to the petition</source>
        <translation>返回請願</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>離開自助模式</translation>
    </message>
    <message>
        <source>Please type today&apos;s PIN or the passphrase.</source>
        <translation>請輸入今日的 PIN 或密碼短語。</translation>
    </message>
    <message>
        <source>That is not today&apos;s PIN or the passphrase. Please try again.</source>
        <translation>這不是今日的 PIN 或密碼短語，請再試。</translation>
    </message>
    <message numerus="yes">
        <source>That was not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>輸入不正確。請在 %n 秒後再試。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s PIN is resting for %n minute(s); the passphrase still works.</source>
        <translation>
            <numerusform>今日的 PIN 暫停使用 %n 分鐘；密碼短語仍然有效。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>Please enter your name.</source>
        <translation>請輸入你的姓名。</translation>
    </message>
    <message>
        <source>Please enter your address.</source>
        <translation>請輸入你的地址。</translation>
    </message>
    <message>
        <source>Please use at most 5 address lines.</source>
        <translation>地址最多可用 5 行。</translation>
    </message>
    <message>
        <source>The postcode is too long.</source>
        <translation>郵遞區號太長。</translation>
    </message>
    <message>
        <source>Please enter your postcode, e.g. CV1 1LL.</source>
        <translation>請輸入你的郵遞區號，例如 CV1 1LL。</translation>
    </message>
    <message>
        <source>A UK postcode has 5 to 7 letters and numbers, e.g. CV1 1LL.</source>
        <translation>英國郵遞區號有 5 至 7 個字母和數字，例如 CV1 1LL。</translation>
    </message>
    <message>
        <source>That is longer than a UK postcode, e.g. CV1 1LL.</source>
        <translation>這比英國郵遞區號長，例如 CV1 1LL。</translation>
    </message>
    <message>
        <source>The last part of a postcode is a number then two letters, e.g. 1LL.</source>
        <translation>郵遞區號的最後部分是一個數字加兩個字母，例如 1LL。</translation>
    </message>
    <message>
        <source>That does not look like a UK postcode. Please check it, e.g. CV1 1LL.</source>
        <translation>這看來不像英國郵遞區號，請檢查，例如 CV1 1LL。</translation>
    </message>
    <message>
        <source>The postal code may hold only letters, digits and spaces.</source>
        <translation>郵遞區號只可包含字母、數字和空格。</translation>
    </message>
    <message>
        <source>Please choose a country.</source>
        <translation>請選擇國家或地區。</translation>
    </message>
    <message>
        <source>Please check the email address (like name@example.org).</source>
        <translation>請檢查電郵地址（例如 name@example.org）。</translation>
    </message>
    <message>
        <source>Please tick the box to agree before signing.</source>
        <translation>簽名前請剔選方格表示同意。</translation>
    </message>
    <message>
        <source>Please check your name: letters and spaces only, not too long.</source>
        <translation>請檢查你的姓名：只可用文字和空格，不可太長。</translation>
    </message>
    <message>
        <source>Please check your address: plain text, not too long.</source>
        <translation>請檢查你的地址：只可用普通文字，不可太長。</translation>
    </message>
    <message>
        <source>Please check your postcode, e.g. CV1 1LL.</source>
        <translation>請檢查你的郵遞區號，例如 CV1 1LL。</translation>
    </message>
    <message>
        <source>This petition is for UK addresses only.</source>
        <translation>本請願只接受英國地址。</translation>
    </message>
    <message>
        <source>Please check the form.</source>
        <translation>請檢查表格。</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <source>Your fingerprint. Stalls compare it in person before trusting your pack:</source>
        <translation>你的指紋。各街站會當面核對，才信任你的活動資料包：</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>The disk or folder could not be used (%1). Check that it is still plugged in, has free space and may be written to, then try again.</source>
        <translation>無法使用磁碟或資料夾（%1）。請檢查它是否仍然連接、尚有空間及可以寫入，然後再試。</translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>To the %1. The petition of %2:</source>
        <translation>致 %1。%2的請願：</translation>
    </message>
    <message>
        <source>Declares that %1</source>
        <translation>聲明：%1</translation>
    </message>
    <message>
        <source>What we ask</source>
        <translation>我們的請求</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>你的私隱</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>你的地址</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <source>Country of your address</source>
        <translation>你的地址所在國家／地區</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵遞區號（如有）</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>電郵（可選）</translation>
    </message>
    <message>
        <source>Do you live, work or study in the area of %1?</source>
        <translation>你是否在%1的範圍內居住、工作或讀書？</translation>
    </message>
    <message>
        <source>I live there</source>
        <translation>我在那裡居住</translation>
    </message>
    <message>
        <source>I work there</source>
        <translation>我在那裡工作</translation>
    </message>
    <message>
        <source>I study there</source>
        <translation>我在那裡讀書</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>Contact me about future campaigns</source>
        <translation>日後活動可聯絡我</translation>
    </message>
    <message>
        <source>Sign here with your finger, a pen or the mouse</source>
        <translation>請用手指、觸控筆或滑鼠在此簽名</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>清除簽名</translation>
    </message>
    <message>
        <source>Sign the petition</source>
        <translation>簽署請願</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>簽名板</translation>
    </message>
    <message>
        <source>Required. As you would sign it.</source>
        <translation>必填。請照你簽名時的寫法填寫。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>選填。</translation>
    </message>
    <message>
        <source>Required to sign.</source>
        <translation>聯署必須勾選。</translation>
    </message>
    <message>
        <source>If you cannot draw, ask the volunteer: they can take your signature on paper.</source>
        <translation>如果你無法手寫簽名，請告訴義工：他們可以用紙本為你登記聯署。</translation>
    </message>
    <message>
        <source>Wipes the signature pad.</source>
        <translation>清除簽名板。</translation>
    </message>
    <message>
        <source>Saves your signature.</source>
        <translation>儲存你的聯署。</translation>
    </message>
    <message>
        <source>Please choose whether you live, work or study in the area.</source>
        <translation>請選擇你是否在該區居住、工作或讀書。</translation>
    </message>
    <message>
        <source>This entry could not be saved. Please ask the volunteer for help.</source>
        <translation>未能儲存這份簽名，請向義工求助。</translation>
    </message>
    <message>
        <source>House of Commons</source>
        <translation>下議院</translation>
    </message>
    <message>
        <source>Scottish Parliament</source>
        <translation>蘇格蘭議會</translation>
    </message>
    <message>
        <source>Please sign in the box: your signature is empty or too small.</source>
        <translation>請在方框內簽名：你的簽名是空白或太小。</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message numerus="yes">
        <source>Are you still there? This form will be cleared in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>你還在嗎？此表格將於 %n 秒後清除。請觸碰螢幕繼續。</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected language</source>
        <translation>已選語言</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <source>Start over: clear this form</source>
        <translation>重新開始：清除這份表格</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>義工</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>義工：離開自助模式</translation>
    </message>
</context>
<context>
    <name>KioskSettingsBox</name>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Clear a half-filled kiosk form after this many idle seconds</source>
        <translation>自助表格填到一半時，閒置多少秒後清除</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>Lock the app after this much idle time</source>
        <translation>閒置多久後自動上鎖</translation>
    </message>
    <message>
        <source>Show a &quot;Tap to sign&quot; screen between signers</source>
        <translation>每位聯署人之間顯示「按此聯署」畫面</translation>
    </message>
    <message>
        <source>Set today&apos;s PIN</source>
        <translation>設定今日的 PIN</translation>
    </message>
    <message>
        <source>Today&apos;s PIN is set.</source>
        <translation>今日的 PIN 已設定。</translation>
    </message>
    <message>
        <source>No PIN set: leaving kiosk mode will need the passphrase.</source>
        <translation>未設定 PIN：離開自助模式時需要密碼短語。</translation>
    </message>
    <message>
        <source>That setting could not be saved.</source>
        <translation>未能儲存這項設定。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation>未能開啟資料庫：%1</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>新密碼短語</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>再次輸入新密碼短語</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>最少 %1 個字元。</translation>
    </message>
    <message>
        <source>Too short or too easy to guess.</source>
        <translation>太短或太容易猜到。</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>弱：請多加一兩個詞語。</translation>
    </message>
    <message>
        <source>Fair: one more word would make it strong.</source>
        <translation>一般：再加一個詞語便會很強。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>很強。</translation>
    </message>
    <message>
        <source>Please choose a longer passphrase that is hard to guess.</source>
        <translation>請選一個較長而難以猜到的密碼短語。</translation>
    </message>
    <message>
        <source>The two new passphrases are different. Please type them again.</source>
        <translation>兩次輸入的新密碼短語不一樣。請再輸入一次。</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <source>Check the coordinator&apos;s fingerprint</source>
        <translation>核對統籌人的指紋</translation>
    </message>
    <message>
        <source>Compare these digits (or scan the code) with the coordinator&apos;s screen, in person. Only accept if every digit matches.</source>
        <translation>請當面把這些數字（或掃描二維碼）與統籌人螢幕上的核對。每個數字都相同才接受。</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>統籌人：%1</translation>
    </message>
    <message>
        <source>They match: trust this pack</source>
        <translation>相同：信任這個資料包</translation>
    </message>
    <message>
        <source>They differ: cancel</source>
        <translation>不同：取消</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <source>Enter paper rows</source>
        <translation>輸入紙本簽名</translation>
    </message>
    <message>
        <source>Left blank</source>
        <translation>留空</translation>
    </message>
    <message>
        <source>Lives there</source>
        <translation>在該區居住</translation>
    </message>
    <message>
        <source>Works there</source>
        <translation>在該區工作</translation>
    </message>
    <message>
        <source>Studies there</source>
        <translation>在該區讀書</translation>
    </message>
    <message>
        <source>Signed by hand on this sheet</source>
        <translation>已在此表格上親筆簽署</translation>
    </message>
    <message>
        <source>The printed privacy notice %1 was shown at the stall.</source>
        <translation>街站已展示印刷版私隱聲明 %1。</translation>
    </message>
    <message>
        <source>The signer ticked the optional contact box</source>
        <translation>簽名者已剔選可選的聯絡方格</translation>
    </message>
    <message>
        <source>Sheet serial</source>
        <translation>表格編號</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <source>Live, work or study</source>
        <translation>居住、工作或讀書</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Save this row</source>
        <translation>儲存此行</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵遞區號（如有）</translation>
    </message>
    <message>
        <source>No sheet with that serial was printed from this vault.</source>
        <translation>此保險庫從未列印過這個編號的表格。</translation>
    </message>
    <message>
        <source>That sheet was printed for another petition.</source>
        <translation>這張表格是為另一份請願列印的。</translation>
    </message>
    <message>
        <source>That row number is not on this sheet.</source>
        <translation>這張表格沒有這個行號。</translation>
    </message>
    <message>
        <source>That sheet row has already been typed in.</source>
        <translation>這張表格的這一行已經輸入過了。</translation>
    </message>
    <message>
        <source>Please check the sheet serial and row number.</source>
        <translation>請檢查表格編號和行號。</translation>
    </message>
    <message>
        <source>This row could not be saved. Nothing was changed.</source>
        <translation>未能儲存此行，資料沒有任何改動。</translation>
    </message>
    <message>
        <source>Row saved. Next row: %1</source>
        <translation>已儲存。下一行：%1</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Today&apos;s PIN</source>
        <translation>今日的 PIN</translation>
    </message>
    <message>
        <source>A PIN of %1 to %2 digits lets you leave kiosk mode today without the passphrase.</source>
        <translation>設定 %1 至 %2 位數字的 PIN，今日便可不用密碼短語離開自助模式。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>再次輸入相同的 PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>設定 PIN</translation>
    </message>
    <message>
        <source>The two PINs are different.</source>
        <translation>兩次輸入的 PIN 不相同。</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN 必須是 %1 至 %2 位數字。</translation>
    </message>
</context>
<context>
    <name>PostcodeHint</name>
    <message>
        <source>The postal code of your address, if it has one: letters, digits and spaces</source>
        <translation>你的地址的郵遞區號（如有）：只用字母、數字和空格</translation>
    </message>
    <message>
        <source>For example CV1 1LL</source>
        <translation>例如 CV1 1LL</translation>
    </message>
    <message>
        <source>✓ This looks like a UK postcode</source>
        <translation>✓ 這看來是英國郵遞區號</translation>
    </message>
    <message>
        <source>Keep typing: a postcode looks like CV1 1LL</source>
        <translation>請繼續輸入：郵遞區號的格式如 CV1 1LL</translation>
    </message>
</context>
<context>
    <name>PracticeBand</name>
    <message>
        <source>Practice vault: do not collect real signatures</source>
        <translation>練習用資料庫：請勿收集真實聯署</translation>
    </message>
</context>
<context>
    <name>PracticeVaultDialog</name>
    <message>
        <source>Practice vault</source>
        <translation>練習資料庫</translation>
    </message>
    <message>
        <source>Practice vault: made-up signers only</source>
        <translation>練習資料庫：只有虛構的聯署人</translation>
    </message>
    <message>
        <source>Make a separate vault to practise with: the sample petition, a practice stall today and made-up signers. It is marked as practice on every screen, its batches can never enter a real vault, and this vault is not touched. Choose a passphrase for the practice vault; never use it for real signers.</source>
        <translation>建立一個獨立的資料庫作練習之用：載有範例聯署、今日的練習街站及虛構的聯署人。每個畫面都會標明是練習，它的批次永遠不能進入真正的資料庫，而這個資料庫不會受影響。請為練習資料庫選一個密碼短語；切勿用它收集真正的聯署。</translation>
    </message>
    <message>
        <source>Made-up signers to start with</source>
        <translation>開始時的虛構聯署人數目</translation>
    </message>
    <message>
        <source>Make the practice vault</source>
        <translation>建立練習資料庫</translation>
    </message>
    <message>
        <source>Open the practice vault in a new window</source>
        <translation>在新視窗開啟練習資料庫</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Making the practice vault…</source>
        <translation>正在建立練習資料庫…</translation>
    </message>
    <message>
        <source>The practice vault is ready with %1 made-up signers. Open it with the passphrase you just chose.</source>
        <translation>練習資料庫已準備好，載有 %1 個虛構聯署人。請用你剛選的密碼短語開啟。</translation>
    </message>
    <message>
        <source>The practice vault opens in a new window.</source>
        <translation>練習資料庫會在新視窗開啟。</translation>
    </message>
    <message>
        <source>The practice vault could not be opened in a new window.</source>
        <translation>未能在新視窗開啟練習資料庫。</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the vault</source>
        <translation>復原資料庫</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>忘記了密碼短語？</translation>
    </message>
    <message>
        <source>The campaign&apos;s recovery key opens this vault without the passphrase. The coordinator keeps it: a file with a line starting AGE-SECRET-KEY-1. Choose that file, then a new passphrase. Nothing in the vault is lost.</source>
        <translation>活動的復原密鑰不用密碼短語也能開啟這個資料庫。它由統籌人保管：是一個檔案，其中一行以 AGE-SECRET-KEY-1 開頭。請選擇該檔案，然後設定新的密碼短語。資料庫內的資料不會遺失。</translation>
    </message>
    <message>
        <source>Choose the recovery key file…</source>
        <translation>選擇復原密鑰檔案…</translation>
    </message>
    <message>
        <source>No recovery key file chosen yet.</source>
        <translation>尚未選擇復原密鑰檔案。</translation>
    </message>
    <message>
        <source>Recover and open the vault</source>
        <translation>復原並開啟資料庫</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the recovery key file</source>
        <translation>選擇復原密鑰檔案</translation>
    </message>
    <message>
        <source>That file holds no recovery key (a line starting AGE-SECRET-KEY-1). Please choose the coordinator&apos;s recovery key file.</source>
        <translation>該檔案沒有復原密鑰（以 AGE-SECRET-KEY-1 開頭的一行）。請選擇統籌人的復原密鑰檔案。</translation>
    </message>
    <message>
        <source>Recovery key file read.</source>
        <translation>已讀取復原密鑰檔案。</translation>
    </message>
    <message>
        <source>Please choose the recovery key file first.</source>
        <translation>請先選擇復原密鑰檔案。</translation>
    </message>
    <message>
        <source>Opening the vault with the recovery key…</source>
        <translation>正在用復原密鑰開啟資料庫…</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed; ask the coordinator for the campaign&apos;s recovery key file.</source>
        <translation>這個復原密鑰開啟不了這個資料庫。沒有作出任何更改；請向統籌人索取活動的復原密鑰檔案。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>復原密鑰</translation>
    </message>
    <message>
        <source>The campaign&apos;s recovery key</source>
        <translation>活動的復原密鑰</translation>
    </message>
    <message>
        <source>The recovery key comes with the coordinator&apos;s campaign pack (Campaign and batches, Import campaign pack). If you forget your passphrase, the coordinator can open this vault with it and you choose a new passphrase.</source>
        <translation>復原密鑰隨統籌人的活動資料包而來（「活動及批次」中的「匯入活動資料包」）。如果你忘記密碼短語，統籌人可用它開啟這個資料庫，再由你設定新的密碼短語。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Warning: the recovery key is the campaign&apos;s master key. Whoever holds this file can open every sealed batch and every volunteer&apos;s vault, with every signer&apos;s name and address. Save it only to a USB stick you keep locked away (or print it and delete the file). Never send it by email or chat, never put it in cloud storage, never leave it on this computer.</source>
        <translation>警告：復原密鑰是整個活動的總密鑰。任何人持有這個檔案，都能開啟每一個密封批次和每位義工的資料庫，看到每位聯署人的姓名和地址。只可把它存到一隻鎖好保管的 USB 手指（或列印出來再刪除檔案）。切勿用電郵或通訊程式傳送，切勿放上雲端儲存，切勿留在這部電腦上。</translation>
    </message>
    <message>
        <source>Saving it also lets the same file recover this coordinator vault if its passphrase is forgotten.</source>
        <translation>儲存後，如果忘記這個統籌人資料庫的密碼短語，也可用同一個檔案復原它。</translation>
    </message>
    <message>
        <source>I understand, and I will keep the file offline and safe.</source>
        <translation>我明白，並會把檔案離線妥善保管。</translation>
    </message>
    <message>
        <source>Save the recovery key…</source>
        <translation>儲存復原密鑰…</translation>
    </message>
    <message>
        <source>A recovery key is set: a forgotten passphrase can be recovered. Its fingerprint: %1</source>
        <translation>已設定復原密鑰：忘記密碼短語也可以復原。它的指紋：%1</translation>
    </message>
    <message>
        <source>No recovery key is set on this vault yet: if the passphrase is forgotten, everything in it is lost.</source>
        <translation>這個資料庫尚未設定復原密鑰：如果忘記密碼短語，裡面的一切都會失去。</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>儲存復原密鑰</translation>
    </message>
    <message>
        <source>Saving the recovery key…</source>
        <translation>正在儲存復原密鑰…</translation>
    </message>
    <message>
        <source>The recovery key was saved (readable by you only). Move it to offline storage now and delete it from this computer.</source>
        <translation>復原密鑰已儲存（只有你可讀取）。請立即把它移到離線儲存，並從這部電腦刪除。</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this device</source>
        <translation>設定此裝置</translation>
    </message>
    <message>
        <source>Everything stallapp keeps on this device is encrypted with your passphrase. Choose one you can remember all day: a few unrelated words work well.</source>
        <translation>stallapp 在此裝置上保存的一切都會用你的密碼短語加密。請選一個你整天都記得的密碼短語：幾個互不相關的詞語效果很好。</translation>
    </message>
    <message>
        <source>Stall: collect signatures at a street stall</source>
        <translation>街站：在街站收集簽名</translation>
    </message>
    <message>
        <source>Coordinator: receive and merge the stalls&apos; batches</source>
        <translation>統籌：接收及合併各街站的資料</translation>
    </message>
    <message>
        <source>This device is for</source>
        <translation>此裝置的用途</translation>
    </message>
    <message>
        <source>Device name (e.g. Coventry laptop)</source>
        <translation>裝置名稱（例如 Coventry 手提電腦）</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>再次輸入密碼短語</translation>
    </message>
    <message>
        <source>Create the encrypted vault</source>
        <translation>建立加密資料庫</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>最少 %1 個字元。</translation>
    </message>
    <message>
        <source>Too short or too easy to guess.</source>
        <translation>太短或太容易猜到。</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>弱：請多加一兩個詞語。</translation>
    </message>
    <message>
        <source>Fair: one more word would make it strong.</source>
        <translation>一般：再加一個詞語便會很強。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>很強。</translation>
    </message>
    <message>
        <source>Please choose a longer passphrase that is hard to guess.</source>
        <translation>請選一個較長而難以猜到的密碼短語。</translation>
    </message>
    <message>
        <source>The two passphrases are different. Please type them again.</source>
        <translation>兩次輸入的密碼短語不相同，請重新輸入。</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>正在建立加密資料庫…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>簽名板</translation>
    </message>
</context>
<context>
    <name>TapToSignView</name>
    <message>
        <source>Sign the petition here</source>
        <translation>在這裏聯署請願</translation>
    </message>
    <message>
        <source>Tap to sign</source>
        <translation>按此聯署</translation>
    </message>
    <message>
        <source>Opens a blank petition form</source>
        <translation>打開一份空白的請願表格</translation>
    </message>
</context>
<context>
    <name>ThankYouView</name>
    <message>
        <source>Thank you for signing</source>
        <translation>多謝你的簽名</translation>
    </message>
    <message>
        <source>Practice only: this entry is not a real signature and is not kept safe.</source>
        <translation>只供練習：這項記錄並非真實聯署，亦不會妥善保存。</translation>
    </message>
    <message>
        <source>Your signature is saved and encrypted on this device.</source>
        <translation>你的簽名已加密儲存在此裝置上。</translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation>你的收據編號</translation>
    </message>
    <message>
        <source>Photograph or note this code if you may want to withdraw your signature later. The next person cannot see your entry.</source>
        <translation>如你日後或想撤回簽名，請拍下或記下此編號。下一位人士無法看到你的資料。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock stallapp</source>
        <translation>解鎖 stallapp</translation>
    </message>
    <message>
        <source>Type your passphrase to open the encrypted vault.</source>
        <translation>請輸入密碼短語以開啟加密資料庫。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery key…</source>
        <translation>忘記密碼短語？用活動的復原密鑰復原…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>Demo vault, for practice only. Its passphrase is public: %1</source>
        <translation>示範資料庫，只供練習。其密碼短語是公開的：%1</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>請輸入你的密碼短語。</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <source>Still opening. After an update, a large vault is upgraded once; this can take a few minutes. Please wait.</source>
        <translation>仍在開啟。更新後，大型資料庫需要升級一次，可能需時數分鐘，請稍候。</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Nothing was changed. Please try again.</source>
        <translation>這個密碼短語未能開啟資料庫，資料沒有任何改動。請再試。</translation>
    </message>
</context>
<context>
    <name>VaultMenuButton</name>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>More tools for this vault</source>
        <translation>這個資料庫的更多工具</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>更改密碼短語…</translation>
    </message>
    <message>
        <source>Recovery key…</source>
        <translation>復原密鑰…</translation>
    </message>
    <message>
        <source>Export campaign pack…</source>
        <translation>匯出活動資料包…</translation>
    </message>
    <message>
        <source>Practice vault…</source>
        <translation>練習資料庫…</translation>
    </message>
</context>
<context>
    <name>VaultWarnings</name>
    <message>
        <source>A stored petition cannot be read: %1. Add a corrected file with the same id, or remove it.</source>
        <translation>有一份已儲存的請願書無法讀取：%1。請加入相同編號的已更正檔案，或將其移除。</translation>
    </message>
    <message>
        <source>The vault&apos;s recovery key is damaged: if the passphrase is forgotten, the campaign cannot recover this vault. Ask your coordinator to set it again.</source>
        <translation>資料庫的復原密鑰已損壞：如忘記密碼短語，運動團隊將無法復原這個資料庫。請聯絡統籌人重新設定。</translation>
    </message>
    <message>
        <source>The disk is full: you can read and export, but nothing new is saved.</source>
        <translation>磁碟已滿：你仍可讀取及匯出，但不會儲存任何新資料。</translation>
    </message>
    <message>
        <source>The vault&apos;s folder is read-only: you can read and export, but nothing new is saved.</source>
        <translation>資料庫所在資料夾只可讀取：你仍可讀取及匯出，但不會儲存任何新資料。</translation>
    </message>
    <message>
        <source>The vault is busy in another stallapp window.</source>
        <translation>資料庫正被另一個 stallapp 視窗使用。</translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <source>%1 of them received by the coordinator and erased from this laptop.</source>
        <translation>其中 %1 個統籌人已收到，並已從這部手提電腦刪除。</translation>
    </message>
    <message>
        <source>Today&apos;s stall</source>
        <translation>今日街站</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>裝置：%1</translation>
    </message>
    <message>
        <source>Rehearsal vault: practice data only</source>
        <translation>排練資料庫：只有練習資料</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>上鎖</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>請願</translation>
    </message>
    <message>
        <source>Stall event</source>
        <translation>街站活動</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <source>signatures at this event (a count only: names stay private)</source>
        <translation>此活動的簽名數目（只顯示數目，姓名保密）</translation>
    </message>
    <message>
        <source>Enter paper rows</source>
        <translation>輸入紙本簽名</translation>
    </message>
    <message>
        <source>Organiser tools</source>
        <translation>籌辦工具</translation>
    </message>
    <message>
        <source>Campaign and batches</source>
        <translation>活動及批次</translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>開始自助模式</translation>
    </message>
    <message>
        <source>There is no petition in this vault yet.</source>
        <translation>此資料庫尚未有請願。</translation>
    </message>
    <message>
        <source>Please create today&apos;s stall event first.</source>
        <translation>請先建立今日的街站活動。</translation>
    </message>
    <message>
        <source>This petition&apos;s retention date has passed; it no longer collects signatures.</source>
        <translation>本請願的保存期限已過，不再收集簽名。</translation>
    </message>
</context>
</TS>

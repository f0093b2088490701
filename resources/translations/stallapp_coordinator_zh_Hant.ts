<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AreaCountsPanel</name>
    <message>
        <source>People by constituency or ward</source>
        <translation>按選區或選區分區（ward）計算人數</translation>
    </message>
    <message>
        <source>Postcode directory…</source>
        <translation>郵編目錄…</translation>
    </message>
    <message>
        <source>Area names…</source>
        <translation>地區名稱…</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>國會選區</translation>
    </message>
    <message>
        <source>Council ward</source>
        <translation>議會分區</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>The ONS postcode directory (NSPL or ONSPD)</source>
        <translation>國家統計局郵編目錄（NSPL 或 ONSPD）</translation>
    </message>
    <message>
        <source>Names and codes files</source>
        <translation>名稱及代碼檔案</translation>
    </message>
    <message>
        <source>Postcode directory: %1; %2 names file(s).</source>
        <translation>郵編目錄：%1；%2 個名稱檔案。</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Other areas, kept together (fewer than 5 people each)</source>
        <translation>其他地區合併計算（每區少於5人）</translation>
    </message>
    <message>
        <source>From the postcode directory %1.</source>
        <translation>資料來自郵編目錄 %1。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No signatures yet</source>
        <translation>尚未有簽名</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Coordinator</source>
        <translation>統籌人</translation>
    </message>
    <message>
        <source>Organiser tools</source>
        <translation>籌辦工具</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>上鎖</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <source>People by</source>
        <translation>人數分佈：</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stall device</source>
        <translation>街站裝置</translation>
    </message>
    <message>
        <source>Stall event</source>
        <translation>街站活動</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>覆核</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>撤回與清除</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>地區</translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n batch(es) from %1 (%2): %3</source>
        <translation>
            <numerusform>缺少：來自 %1（%2）的 %n 批：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Stall devices</source>
        <translation>街站裝置</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密鑰</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔離批次</translation>
    </message>
    <message>
        <source>Choose batch files</source>
        <translation>選擇批次檔案</translation>
    </message>
    <message>
        <source>Sealed batches (*.stallbatch)</source>
        <translation>已封存的批次 (*.stallbatch)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>完成目前的檔案後取消…</translation>
    </message>
    <message>
        <source>Cancelled after %1 file(s).</source>
        <translation>處理了 %1 個檔案後已取消。</translation>
    </message>
    <message>
        <source>Done: %1 file(s) handled.</source>
        <translation>完成：已處理 %1 個檔案。</translation>
    </message>
    <message>
        <source>Set aside as forks: %1 batch(es); see &apos;stallapp batch quarantine&apos;.</source>
        <translation>已擱置的分叉批次：%1 個；請看 &apos;stallapp batch quarantine&apos;。</translation>
    </message>
</context>
<context>
    <name>CountsBox</name>
    <message>
        <source>Counts</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>People (each counted once)</source>
        <translation>人數（每人只計一次）</translation>
    </message>
    <message>
        <source>Signatures received</source>
        <translation>收到的簽名</translation>
    </message>
    <message>
        <source>Duplicates found</source>
        <translation>找到的重複</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>紙本</translation>
    </message>
    <message>
        <source>At the kiosk</source>
        <translation>在簽名站</translation>
    </message>
    <message>
        <source>Progress to target</source>
        <translation>目標進度</translation>
    </message>
    <message>
        <source>Of which %1 people (%2 signatures) from before the purge: kept counts, no personal data.</source>
        <translation>其中 %1 人（%2 個簽名）來自清除前：只保留統計數字，不含個人資料。</translation>
    </message>
</context>
<context>
    <name>DeviceEnrolDialog</name>
    <message>
        <source>Check the stall device&apos;s fingerprint</source>
        <translation>核對街站裝置的指紋</translation>
    </message>
    <message>
        <source>Compare these digits (or scan the code) with the stall device&apos;s screen, in person. Only enrol it if every digit matches.</source>
        <translation>請當面把這些數字（或掃描二維碼）與街站裝置螢幕上的核對。每個數字都相同才登記。</translation>
    </message>
    <message>
        <source>Device: %1 (%2)</source>
        <translation>裝置：%1（%2）</translation>
    </message>
    <message>
        <source>They match: enrol this device</source>
        <translation>相同：登記這部裝置</translation>
    </message>
    <message>
        <source>They differ: cancel</source>
        <translation>不同：取消</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Enrolled stall devices</source>
        <translation>已登記的街站裝置</translation>
    </message>
    <message>
        <source>Enrol a stall device…</source>
        <translation>登記街站裝置…</translation>
    </message>
    <message>
        <source>Revoke a device…</source>
        <translation>撤銷裝置…</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Choose a device card</source>
        <translation>選擇裝置卡</translation>
    </message>
    <message>
        <source>Device cards (*.card);;All (*)</source>
        <translation>裝置卡 (*.card);;全部 (*)</translation>
    </message>
    <message>
        <source>Not enrolled: the fingerprints were not confirmed.</source>
        <translation>未登記：指紋未獲確認。</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation>已登記 %1。</translation>
    </message>
    <message>
        <source>%1 was enrolled already.</source>
        <translation>%1 早已登記。</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop batch files or a folder here</source>
        <translation>把批次檔案或資料夾拖放到這裏</translation>
    </message>
</context>
<context>
    <name>EpetitionPanel</name>
    <message>
        <source>The council&apos;s own e-petition count</source>
        <translation>議會網上請願的自家數字</translation>
    </message>
    <message>
        <source>Council petition</source>
        <translation>議會請願</translation>
    </message>
    <message>
        <source>Signatures its page shows</source>
        <translation>其網頁顯示的簽名數</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>查閱日期</translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation>儲存數字</translation>
    </message>
    <message>
        <source>No council e-petition count entered yet.</source>
        <translation>尚未輸入議會網上請願的數字。</translation>
    </message>
    <message>
        <source>Latest: %1 on %2, shown apart and never added to ours.</source>
        <translation>最新：%2 為 %1，另行顯示，從不加入我們的數字。</translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message>
        <source>Import sealed batches</source>
        <translation>匯入已封存的批次</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>匯入結果</translation>
    </message>
</context>
<context>
    <name>ImportLines</name>
    <message numerus="yes">
        <source>%1: imported, %n signature(s)</source>
        <translation>
            <numerusform>%1：已匯入，%n 個簽名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n matched people counted before</source>
        <translation>
            <numerusform>，其中 %n 個與之前已計的人相符</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported</source>
        <translation>%1：之前已匯入</translation>
    </message>
    <message>
        <source>%1: set aside (quarantined) by the coordinator earlier</source>
        <translation>%1：統籌人之前已把它擱置（隔離）</translation>
    </message>
    <message>
        <source>%1: set aside (quarantined); it waits for a decision</source>
        <translation>%1：已擱置（隔離），等候決定</translation>
    </message>
    <message>
        <source>%1: set aside (quarantined): it does not follow its device&apos;s earlier batches; decide in the Quarantine tab</source>
        <translation>%1：已擱置（隔離）：它與該裝置之前的批次接不上；請在「隔離批次」分頁決定</translation>
    </message>
    <message>
        <source>%1: refused: the file is too large to be a batch</source>
        <translation>%1：已拒絕：檔案太大，不可能是批次檔案</translation>
    </message>
    <message>
        <source>%1: refused: the file could not be read</source>
        <translation>%1：已拒絕：無法讀取檔案</translation>
    </message>
    <message>
        <source>%1: refused: it holds a petition past its retention date</source>
        <translation>%1：已拒絕：內含已過保存期限的聯署</translation>
    </message>
    <message>
        <source>%1: refused: record %2 breaks a rule for the field “%3”; nothing imported</source>
        <translation>%1：已拒絕：第 %2 項紀錄不符合「%3」欄的規則；沒有匯入任何資料</translation>
    </message>
    <message>
        <source>%1: refused: this file cannot be imported</source>
        <translation>%1：已拒絕：無法匯入這個檔案</translation>
    </message>
    <message>
        <source>%1: refused: the batch is damaged, or was changed</source>
        <translation>%1：已拒絕：批次檔案已損壞，或曾被改動</translation>
    </message>
    <message>
        <source>%1: refused: this is not a sealed stallapp batch</source>
        <translation>%1：已拒絕：這不是已封存的 stallapp 批次檔案</translation>
    </message>
    <message>
        <source>%1: refused: it cannot be opened: damaged, or sealed for another coordinator</source>
        <translation>%1：已拒絕：無法開啟：檔案已損壞，或是為另一位統籌人封存的</translation>
    </message>
    <message>
        <source>%1: refused: its device is not enrolled here; enrol it after checking its fingerprint</source>
        <translation>%1：已拒絕：它的裝置未在這裡登記；請先核對指紋，然後登記</translation>
    </message>
    <message>
        <source>%1: refused: its device was revoked</source>
        <translation>%1：已拒絕：它的裝置已被撤銷</translation>
    </message>
    <message>
        <source>%1: refused: the batch&apos;s device does not match its signature</source>
        <translation>%1：已拒絕：批次的裝置與其簽署不相符</translation>
    </message>
    <message>
        <source>%1: refused: a rehearsal batch never enters a real vault</source>
        <translation>%1：已拒絕：排練批次永遠不會進入真實資料庫</translation>
    </message>
    <message>
        <source>%1: refused: a real batch does not go into a rehearsal vault</source>
        <translation>%1：已拒絕：真實批次不會進入排練資料庫</translation>
    </message>
    <message>
        <source>%1: refused: it was not sealed for this coordinator</source>
        <translation>%1：已拒絕：它不是為這位統籌人封存的</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>郵編</translation>
    </message>
    <message>
        <source>country</source>
        <translation>國家／地區</translation>
    </message>
    <message>
        <source>email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>contact consent</source>
        <translation>同意聯絡</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>paper sheet</source>
        <translation>紙本表格</translation>
    </message>
    <message>
        <source>sheet row</source>
        <translation>表格行號</translation>
    </message>
    <message>
        <source>connection to the area</source>
        <translation>與該地區的關係</translation>
    </message>
</context>
<context>
    <name>NearMatchPanel</name>
    <message>
        <source>Same person: merge</source>
        <translation>同一人：合併</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>不同的人</translation>
    </message>
    <message>
        <source>Possible duplicates to review</source>
        <translation>待審視的可能重複</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2%3 (%n signature(s))</source>
        <translation>
            <numerusform>%1，%2%3（%n 個聯署）</numerusform>
        </translation>
    </message>
    <message>
        <source>Near matches to review: %1</source>
        <translation>待覆核的相近紀錄：%1</translation>
    </message>
    <message>
        <source>same name apart from spacing</source>
        <translation>姓名相同，只是空格不同</translation>
    </message>
    <message>
        <source>same name and postcode, different email</source>
        <translation>姓名和郵政編碼相同，電郵不同</translation>
    </message>
    <message>
        <source>similar to a merged person</source>
        <translation>與一位已合併的人相近</translation>
    </message>
    <message>
        <source>same name in Chinese and in romanised form</source>
        <translation>中文名與英文拼音名相同</translation>
    </message>
    <message>
        <source>same name in Chinese and in romanised form, with an extra given name</source>
        <translation>中文名與英文拼音名相同，另多一個名字</translation>
    </message>
    <message>
        <source>same name in Traditional and Simplified characters</source>
        <translation>繁體與簡體寫法的同一姓名</translation>
    </message>
    <message>
        <source>same name, same postcode area</source>
        <translation>姓名相同，郵編同區</translation>
    </message>
    <message>
        <source>same name in another romanised spelling</source>
        <translation>同一姓名的另一種英文拼寫</translation>
    </message>
    <message>
        <source>similar name (%1%), same postcode</source>
        <translation>姓名相近（%1%），郵政編碼相同</translation>
    </message>
    <message>
        <source>similar spelling (%1%), same postcode area</source>
        <translation>拼寫相近（%1%），郵編同區</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <source>Export the campaign pack</source>
        <translation>匯出活動資料包</translation>
    </message>
    <message>
        <source>Campaign pack for the stalls</source>
        <translation>給各街站的活動資料包</translation>
    </message>
    <message>
        <source>The pack carries the petition wording, your key for the sealed batches and the campaign&apos;s recovery key, signed by you. Give the file to each stall; the volunteer compares the fingerprint below with this screen, in person, before trusting it.</source>
        <translation>資料包載有聯署內容、用來密封批次的你的密鑰，以及活動的復原密鑰，並由你簽署。把檔案交給每個街站；義工信任它之前，會當面把下面的指紋與這個畫面核對。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Save campaign pack…</source>
        <translation>儲存活動資料包…</translation>
    </message>
    <message>
        <source>Save the campaign pack</source>
        <translation>儲存活動資料包</translation>
    </message>
    <message>
        <source>Writing the campaign pack…</source>
        <translation>正在寫入活動資料包…</translation>
    </message>
    <message>
        <source>Campaign pack saved. At each stall, check in person that the volunteer&apos;s screen shows this fingerprint: %1</source>
        <translation>活動資料包已儲存。請在每個街站當面核對，義工的畫面顯示的是這個指紋：%1</translation>
    </message>
</context>
<context>
    <name>PersonRightsPanel</name>
    <message>
        <source>Find a signer by name and postcode (paper or kiosk)</source>
        <translation>以姓名及郵編尋找聯署人（紙本或平板）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵編</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>匯出其資料…</translation>
    </message>
    <message>
        <source>Erase all their signatures…</source>
        <translation>刪除其所有簽名…</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>新的或空白的資料夾</translation>
    </message>
    <message>
        <source>same name and postcode</source>
        <translation>姓名及郵編相同</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>相近</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 signature(s), %5 on paper, %6 at the kiosk</source>
        <translation>%1 · %2 · %3：%4 個簽名，紙本 %5 個，平板 %6 個</translation>
    </message>
    <message>
        <source>Give the signer&apos;s name and postcode.</source>
        <translation>請輸入聯署人的姓名及郵編。</translation>
    </message>
    <message>
        <source>Choose the person, then export or erase.</source>
        <translation>請選擇該人，然後匯出或刪除。</translation>
    </message>
    <message>
        <source>No one with that name and postcode is in this vault.</source>
        <translation>此保險庫內沒有這個姓名及郵編的人。</translation>
    </message>
    <message>
        <source>Erase all %1 signature(s) of this person for good? This cannot be undone.</source>
        <translation>永久刪除此人的全部 %1 個簽名？此操作無法復原。</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>沒有刪除任何資料。</translation>
    </message>
    <message>
        <source>Erased %1 signature(s).</source>
        <translation>已刪除 %1 個簽名。</translation>
    </message>
    <message>
        <source>Wrote %1 files for them. Give them to the signer only.</source>
        <translation>已為其寫出 %1 個檔案。只可交給聯署人本人。</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <source>Batches set aside</source>
        <translation>已擱置的批次</translation>
    </message>
    <message>
        <source>Reason for the batch set aside, e.g. the stall&apos;s vault was restored</source>
        <translation>擱置該批次的原因，例如街站的資料庫曾從備份還原</translation>
    </message>
    <message>
        <source>Accept this batch</source>
        <translation>接受此批次</translation>
    </message>
    <message>
        <source>Set this batch aside</source>
        <translation>擱置此批次</translation>
    </message>
    <message>
        <source>Waiting: batch %1 from %2 (%3): %4 record(s), received %5</source>
        <translation>待決定：來自 %2（%3）的第 %1 批，%4 條紀錄，收到日期 %5</translation>
    </message>
    <message>
        <source>    No batch holds this number: it waits for an earlier decision.</source>
        <translation>    此編號尚未有已合併的批次：須先就較早的批次作出決定。</translation>
    </message>
    <message>
        <source>    Already merged as batch %1: %2 record(s), received %3</source>
        <translation>    已合併為第 %1 批：%2 條紀錄，收到日期 %3</translation>
    </message>
    <message>
        <source>Batches waiting for a decision: %1</source>
        <translation>待決定的批次：%1</translation>
    </message>
    <message>
        <source>Settling the batch…</source>
        <translation>正在處理批次…</translation>
    </message>
    <message>
        <source>Done: %1 signature(s) added; %2 later batch(es) imported.</source>
        <translation>完成：新增 %1 個聯署；匯入 %2 個其後的批次。</translation>
    </message>
</context>
<context>
    <name>ReceiptWriterPanel</name>
    <message>
        <source>Write import receipts for the stalls…</source>
        <translation>為各街站寫入匯入收據…</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder</source>
        <translation>選擇 USB 手指或資料夾</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>正在寫入收據…</translation>
    </message>
    <message>
        <source>Wrote %1 import receipt(s), one per stall device. Each stall loads its own from the stick.</source>
        <translation>已寫入 %1 張匯入收據，每部街站裝置一張。每個街站從 USB 手指載入自己的一張。</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke a stall device</source>
        <translation>撤銷街站裝置</translation>
    </message>
    <message>
        <source>Revoke a device that was lost or stolen, or is no longer used. From now on its batches are refused, also those it has not sent yet. This cannot be undone: the device would have to be set up again as a new one.</source>
        <translation>遺失、被盜或不再使用的裝置，請撤銷。此後它的批次一律拒收，包括尚未送出的。這不能復原：該裝置須重新設定為新裝置。</translation>
    </message>
    <message>
        <source>Device to revoke</source>
        <translation>要撤銷的裝置</translation>
    </message>
    <message>
        <source>The device&apos;s name, to confirm</source>
        <translation>裝置名稱（用作確認）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Revoke this device</source>
        <translation>撤銷這部裝置</translation>
    </message>
    <message>
        <source>There is no enrolled device to revoke.</source>
        <translation>沒有已登記的裝置可撤銷。</translation>
    </message>
    <message>
        <source>To confirm, type the device&apos;s name: %1</source>
        <translation>請輸入裝置名稱以確認：%1</translation>
    </message>
    <message>
        <source>That is not the device&apos;s name. Nothing was revoked; please type it again.</source>
        <translation>這不是該裝置的名稱。沒有撤銷任何裝置；請再輸入一次。</translation>
    </message>
</context>
<context>
    <name>WithdrawalPanel</name>
    <message>
        <source>Erase a signature by its receipt code</source>
        <translation>以收據編號刪除簽名</translation>
    </message>
    <message>
        <source>Receipt code, like 7KQ2-M9XD</source>
        <translation>收據編號，例如 7KQ2-M9XD</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Also erase this signer&apos;s other signatures</source>
        <translation>一併刪除此簽名人的其他簽名</translation>
    </message>
    <message>
        <source>Purge a petition after its retention date</source>
        <translation>保存期限過後清除請願的所有簽名</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>請確認</translation>
    </message>
    <message>
        <source>A receipt code has 8 letters and digits, like 7KQ2-M9XD.</source>
        <translation>收據編號由 8 個字母和數字組成，例如 7KQ2-M9XD。</translation>
    </message>
    <message>
        <source>No signature with that receipt code is in this vault.</source>
        <translation>此資料庫內沒有該收據編號的簽名。</translation>
    </message>
    <message>
        <source>Erase %1 signature(s) for good? This cannot be undone.</source>
        <translation>要永久刪除 %1 個簽名嗎？此操作無法復原。</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>沒有刪除任何簽名。</translation>
    </message>
    <message>
        <source>Erased %1 signature(s).</source>
        <translation>已刪除 %1 個簽名。</translation>
    </message>
    <message>
        <source>%1 other signature(s) of the same person are still kept.</source>
        <translation>同一人的其他 %1 個簽名仍然保留。</translation>
    </message>
    <message>
        <source>%1 (kept until %2): %3 signature(s)</source>
        <translation>%1（保存至 %2）：%3 個簽名</translation>
    </message>
    <message>
        <source>No petition is past its retention date.</source>
        <translation>沒有請願已過保存期限。</translation>
    </message>
    <message>
        <source>Delete all %1 signature(s) of this petition for good? This cannot be undone.</source>
        <translation>要永久刪除此請願的全部 %1 個簽名嗎？此操作無法復原。</translation>
    </message>
    <message>
        <source>Anonymous counts are kept, by constituency and ward too (from %1).</source>
        <translation>會保留不記名的統計數字，包括按國會選區及地方議會選區的數字（取自 %1）。</translation>
    </message>
    <message>
        <source>Anonymous counts are kept, but not by constituency or ward: to keep those, choose the postcode directory under Areas first.</source>
        <translation>會保留不記名的統計數字，但不包括按國會選區或地方議會選區的數字：如要保留，請先在「地區」分頁選擇郵編目錄。</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>沒有刪除任何資料。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在刪除…</translation>
    </message>
    <message>
        <source>Deleted %1 signature(s); kept anonymous counts of %2.</source>
        <translation>已刪除 %1 個簽名；已保留其中 %2 個的不記名統計數字。</translation>
    </message>
</context>
</TS>

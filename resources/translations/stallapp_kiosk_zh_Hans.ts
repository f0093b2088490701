<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchExportPanel</name>
    <message>
        <source>Export batch for the coordinator…</source>
        <translation>导出批次给统筹人…</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder</source>
        <translation>选择 U 盘或文件夹</translation>
    </message>
    <message>
        <source>Sealing the batch…</source>
        <translation>正在封存批次…</translation>
    </message>
    <message>
        <source>Nothing new to export.</source>
        <translation>没有新的签名需要导出。</translation>
    </message>
    <message>
        <source>Wrote %1 signature(s) to %2</source>
        <translation>已把 %1 个签名写入 %2</translation>
    </message>
</context>
<context>
    <name>BatchReceiptsPanel</name>
    <message>
        <source>Batches sent to the coordinator</source>
        <translation>已交给统筹人的批次</translation>
    </message>
    <message>
        <source>Load import receipt…</source>
        <translation>载入导入回执…</translation>
    </message>
    <message>
        <source>Erase received signers…</source>
        <translation>删除统筹人已收到的签名人…</translation>
    </message>
    <message>
        <source>Batch %1 (%2): %3 signature(s)</source>
        <translation>第 %1 批（%2）：%3 个签名</translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation>统筹人尚未确认收到</translation>
    </message>
    <message>
        <source>received, erased from this laptop</source>
        <translation>已收到，已从这台笔记本电脑删除</translation>
    </message>
    <message>
        <source>received, still on this laptop</source>
        <translation>已收到，仍保存在这台笔记本电脑上</translation>
    </message>
    <message>
        <source>No batch exported yet.</source>
        <translation>还没有导出任何批次。</translation>
    </message>
    <message>
        <source>%1 signature(s) received by the coordinator and erased from this laptop.</source>
        <translation>%1 个签名统筹人已收到，并已从这台笔记本电脑删除。</translation>
    </message>
    <message>
        <source>Choose the import receipt on the stick</source>
        <translation>选择 U 盘上的导入回执</translation>
    </message>
    <message>
        <source>Import receipts (*.stallreceipt);;All files (*)</source>
        <translation>导入回执 (*.stallreceipt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the receipt…</source>
        <translation>正在核对回执…</translation>
    </message>
    <message>
        <source>Receipt checked: the coordinator holds %1 batch(es); %2 newly received.</source>
        <translation>回执已核对：统筹人持有 %1 个批次，其中 %2 个是新确认收到的。</translation>
    </message>
    <message>
        <source>No received signer is left on this laptop.</source>
        <translation>这台笔记本电脑上已经没有统筹人已收到的签名人。</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>没有删除任何数据。</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>%1 signature(s) received by the coordinator were erased from this laptop.</source>
        <translation>已从这台笔记本电脑删除 %1 个统筹人已收到的签名。</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Campaign and batches</source>
        <translation>活动及批次</translation>
    </message>
    <message>
        <source>1. Campaign pack from your coordinator</source>
        <translation>1. 统筹人给你的活动资料包</translation>
    </message>
    <message>
        <source>Import campaign pack…</source>
        <translation>导入活动资料包…</translation>
    </message>
    <message>
        <source>2. This device, for the coordinator to enrol</source>
        <translation>2. 本设备（供统筹人登记）</translation>
    </message>
    <message>
        <source>Read these digits to the coordinator, in person:</source>
        <translation>当面把这些数字读给统筹人核对：</translation>
    </message>
    <message>
        <source>Save device card…</source>
        <translation>保存设备卡…</translation>
    </message>
    <message>
        <source>3. End of the day: sealed batch for the coordinator</source>
        <translation>3. 一天结束：给统筹人的密封批次</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the campaign pack</source>
        <translation>选择活动资料包</translation>
    </message>
    <message>
        <source>Not trusted: nothing was imported.</source>
        <translation>未获信任：没有导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Campaign pack imported: %n petition(s).</source>
        <translation>
            <numerusform>已导入活动资料包：%n 个请愿。</numerusform>
        </translation>
    </message>
    <message>
        <source>signs campaign packs</source>
        <translation>签署活动资料包</translation>
    </message>
    <message>
        <source>opens this stall&apos;s batches</source>
        <translation>可打开本街站的批次</translation>
    </message>
    <message>
        <source>can recover this vault</source>
        <translation>可恢复本数据库</translation>
    </message>
    <message>
        <source>No campaign yet: import your coordinator&apos;s pack.</source>
        <translation>尚未加入活动：请导入统筹人的活动资料包。</translation>
    </message>
    <message>
        <source>This stall belongs to the campaign of %1:</source>
        <translation>本街站属于 %1 的活动：</translation>
    </message>
    <message>
        <source>Switching campaign…</source>
        <translation>正在切换活动…</translation>
    </message>
    <message>
        <source>This stall now belongs to the campaign of %1.</source>
        <translation>本街站现属于 %1 的活动。</translation>
    </message>
    <message>
        <source>Save the device card</source>
        <translation>保存设备卡</translation>
    </message>
    <message>
        <source>The device card could not be saved there.</source>
        <translation>无法在该处保存设备卡。</translation>
    </message>
    <message>
        <source>Device card saved. Give it to the coordinator.</source>
        <translation>已保存设备卡。请把它交给统筹人。</translation>
    </message>
</context>
<context>
    <name>CampaignSwitchDialog</name>
    <message>
        <source>Switch campaign</source>
        <translation>切换活动</translation>
    </message>
    <message>
        <source>This pack comes from a different coordinator key than the campaign this stall belongs to. Only switch if your coordinator asked you to, in person: after the switch, batches go only to the new coordinator, the old coordinator&apos;s recovery key no longer opens this vault, and signatures not yet exported must be exported first.</source>
        <translation>此数据包来自另一把统筹人密钥，不是本街站所属活动的密钥。只有在统筹人当面要求时才切换：切换后，批次只发给新的统筹人，旧统筹人的恢复密钥不能再打开本数据库，尚未导出的签名必须先导出。</translation>
    </message>
    <message>
        <source>Current campaign: %1</source>
        <translation>当前活动：%1</translation>
    </message>
    <message>
        <source>New campaign (%1): %2</source>
        <translation>新活动（%1）：%2</translation>
    </message>
    <message>
        <source>Type your passphrase to switch:</source>
        <translation>输入你的密码短语以切换：</translation>
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
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. From then on only the new passphrase opens this vault.</source>
        <translation>先输入现在的密码短语，再输入新的密码短语两次。此后只有新的密码短语能打开这个数据库。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>现在的密码短语</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation>请输入现在的密码短语。</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a few seconds.</source>
        <translation>正在更改密码短语…需要几秒钟。</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>现在的密码短语不正确。没有做任何更改。</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>密码短语已更改。今后请使用新的密码短语。</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>Something unexpected went wrong. Every signature that was confirmed is saved and encrypted. Please lock the app, close it and open it again; if this happens again, tell your coordinator what you were doing.</source>
        <translation>发生了意外错误。所有已确认的签名都已加密保存。请先上锁，关闭程序再重新打开；如果再次发生，请告诉统筹人你当时在做什么。</translation>
    </message>
</context>
<context>
    <name>EraseReceivedDialog</name>
    <message>
        <source>Erase received signers</source>
        <translation>删除统筹人已收到的签名人</translation>
    </message>
    <message>
        <source>The coordinator confirmed, with a signed receipt, that it holds %1 batch(es) from this laptop. The %2 signature(s) in them will be erased from this laptop now: names, addresses, e-mail addresses and drawn signatures, overwritten on the disk. The coordinator keeps its copy. Signatures not yet received stay here, and the counts on this laptop show the erased ones as &quot;received and erased&quot;.</source>
        <translation>统筹人已用签名的回执确认，持有这台笔记本电脑的 %1 个批次。其中 %2 个签名现在会从这台笔记本电脑删除：姓名、地址、电子邮箱和手写签名都会在磁盘上被覆盖。统筹人保留自己的副本。统筹人尚未收到的签名会留在这里；这台笔记本电脑上的统计会把已删除的算作“已收到并已删除”。</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>Keep them for now</source>
        <translation>暂时保留</translation>
    </message>
    <message>
        <source>Erase %1 signature(s)</source>
        <translation>删除 %1 个签名</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New stall event</source>
        <translation>新增街站活动</translation>
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
        <translation>地点</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>创建活动</translation>
    </message>
    <message>
        <source>Please check the event: %1</source>
        <translation>请检查活动资料：%1</translation>
    </message>
</context>
<context>
    <name>ExitKioskDialog</name>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>离开自助模式</translation>
    </message>
    <message>
        <source>Volunteers only: type today&apos;s PIN or the passphrase.</source>
        <translation>仅限志愿者：请输入今天的 PIN 或密码短语。</translation>
    </message>
    <message>
        <source>Volunteers only: type the passphrase.</source>
        <translation>仅限志愿者：请输入密码短语。</translation>
    </message>
    <message>
        <source>Back to the petition</source>
        <translation>返回请愿</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>离开自助模式</translation>
    </message>
    <message>
        <source>Please type today&apos;s PIN or the passphrase.</source>
        <translation>请输入今天的 PIN 码或密码短语。</translation>
    </message>
    <message>
        <source>That is not today&apos;s PIN or the passphrase. Please try again.</source>
        <translation>这不是今天的 PIN 或密码短语，请再试。</translation>
    </message>
    <message numerus="yes">
        <source>That was not right. You can try again in %n second(s).</source>
        <translation>
            <numerusform>输入不正确。请在 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s PIN is resting for %n minute(s); the passphrase still works.</source>
        <translation>
            <numerusform>今天的 PIN 码暂停使用 %n 分钟；密码短语仍然有效。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>Please enter your name.</source>
        <translation>请输入你的姓名。</translation>
    </message>
    <message>
        <source>Please enter your address.</source>
        <translation>请输入你的地址。</translation>
    </message>
    <message>
        <source>Please use at most 5 address lines.</source>
        <translation>地址最多可用 5 行。</translation>
    </message>
    <message>
        <source>The postcode is too long.</source>
        <translation>邮政编码太长。</translation>
    </message>
    <message>
        <source>Please enter your postcode, e.g. CV1 1LL.</source>
        <translation>请输入你的邮政编码，例如 CV1 1LL。</translation>
    </message>
    <message>
        <source>A UK postcode has 5 to 7 letters and numbers, e.g. CV1 1LL.</source>
        <translation>英国邮政编码有 5 至 7 个字母和数字，例如 CV1 1LL。</translation>
    </message>
    <message>
        <source>That is longer than a UK postcode, e.g. CV1 1LL.</source>
        <translation>这比英国邮政编码长，例如 CV1 1LL。</translation>
    </message>
    <message>
        <source>The last part of a postcode is a number then two letters, e.g. 1LL.</source>
        <translation>邮政编码的最后部分是一个数字加两个字母，例如 1LL。</translation>
    </message>
    <message>
        <source>That does not look like a UK postcode. Please check it, e.g. CV1 1LL.</source>
        <translation>这看起来不像英国邮政编码，请检查，例如 CV1 1LL。</translation>
    </message>
    <message>
        <source>The postal code may hold only letters, digits and spaces.</source>
        <translation>邮政编码只能包含字母、数字和空格。</translation>
    </message>
    <message>
        <source>Please choose a country.</source>
        <translation>请选择国家或地区。</translation>
    </message>
    <message>
        <source>Please check the email address (like name@example.org).</source>
        <translation>请检查电子邮箱地址（例如 name@example.org）。</translation>
    </message>
    <message>
        <source>Please tick the box to agree before signing.</source>
        <translation>签名前请勾选方框表示同意。</translation>
    </message>
    <message>
        <source>Please check your name: letters and spaces only, not too long.</source>
        <translation>请检查你的姓名：只可用文字和空格，不可太长。</translation>
    </message>
    <message>
        <source>Please check your address: plain text, not too long.</source>
        <translation>请检查你的地址：只可用普通文字，不可太长。</translation>
    </message>
    <message>
        <source>Please check your postcode, e.g. CV1 1LL.</source>
        <translation>请检查你的邮政编码，例如 CV1 1LL。</translation>
    </message>
    <message>
        <source>This petition is for UK addresses only.</source>
        <translation>本请愿只接受英国地址。</translation>
    </message>
    <message>
        <source>Please check the form.</source>
        <translation>请检查表格。</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <source>Your fingerprint. Stalls compare it in person before trusting your pack:</source>
        <translation>你的指纹。各街站会当面核对，才信任你的活动资料包：</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>The disk or folder could not be used (%1). Check that it is still plugged in, has free space and may be written to, then try again.</source>
        <translation>无法使用磁盘或文件夹（%1）。请检查它是否仍然连接、还有剩余空间并且可以写入，然后重试。</translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>To the %1. The petition of %2:</source>
        <translation>致 %1。%2的请愿：</translation>
    </message>
    <message>
        <source>Declares that %1</source>
        <translation>声明：%1</translation>
    </message>
    <message>
        <source>What we ask</source>
        <translation>我们的请求</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>你的隐私</translation>
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
        <translation>国家／地区</translation>
    </message>
    <message>
        <source>Country of your address</source>
        <translation>你的地址所在国家／地区</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码（如有）</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>电子邮箱（可选）</translation>
    </message>
    <message>
        <source>Do you live, work or study in the area of %1?</source>
        <translation>你是否在%1辖区内居住、工作或学习？</translation>
    </message>
    <message>
        <source>I live there</source>
        <translation>我在那里居住</translation>
    </message>
    <message>
        <source>I work there</source>
        <translation>我在那里工作</translation>
    </message>
    <message>
        <source>I study there</source>
        <translation>我在那里学习</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <source>Contact me about future campaigns</source>
        <translation>日后活动可联系我</translation>
    </message>
    <message>
        <source>Sign here with your finger, a pen or the mouse</source>
        <translation>请用手指、触控笔或鼠标在此签名</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <source>Sign the petition</source>
        <translation>签署请愿</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Required. As you would sign it.</source>
        <translation>必填。请按你签名时的写法填写。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>选填。</translation>
    </message>
    <message>
        <source>Required to sign.</source>
        <translation>签名必须勾选。</translation>
    </message>
    <message>
        <source>If you cannot draw, ask the volunteer: they can take your signature on paper.</source>
        <translation>如果你无法手写签名，请告诉志愿者：他们可以用纸质表格为你登记签名。</translation>
    </message>
    <message>
        <source>Wipes the signature pad.</source>
        <translation>清除签名板。</translation>
    </message>
    <message>
        <source>Saves your signature.</source>
        <translation>保存你的签名。</translation>
    </message>
    <message>
        <source>Please choose whether you live, work or study in the area.</source>
        <translation>请选择你是否在该地区居住、工作或学习。</translation>
    </message>
    <message>
        <source>This entry could not be saved. Please ask the volunteer for help.</source>
        <translation>未能保存这份签名，请向志愿者求助。</translation>
    </message>
    <message>
        <source>House of Commons</source>
        <translation>下议院</translation>
    </message>
    <message>
        <source>Scottish Parliament</source>
        <translation>苏格兰议会</translation>
    </message>
    <message>
        <source>Please sign in the box: your signature is empty or too small.</source>
        <translation>请在方框内签名：你的签名是空白或太小。</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message numerus="yes">
        <source>Are you still there? This form will be cleared in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>你还在吗？此表格将在 %n 秒后清除。请触碰屏幕继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected language</source>
        <translation>已选语言</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Start over: clear this form</source>
        <translation>重新开始：清除这份表格</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation>志愿者：离开自助模式</translation>
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
        <translation>自助表格填到一半时，闲置多少秒后清除</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Lock the app after this much idle time</source>
        <translation>闲置多久后自动锁定</translation>
    </message>
    <message>
        <source>Show a &quot;Tap to sign&quot; screen between signers</source>
        <translation>每位签署人之间显示“点击签署”画面</translation>
    </message>
    <message>
        <source>Set today&apos;s PIN</source>
        <translation>设置今天的 PIN</translation>
    </message>
    <message>
        <source>Today&apos;s PIN is set.</source>
        <translation>今天的 PIN 已设置。</translation>
    </message>
    <message>
        <source>No PIN set: leaving kiosk mode will need the passphrase.</source>
        <translation>未设置 PIN：离开自助模式时需要密码短语。</translation>
    </message>
    <message>
        <source>That setting could not be saved.</source>
        <translation>未能保存这项设置。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation>未能打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>再次输入新密码短语</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Too short or too easy to guess.</source>
        <translation>太短或太容易猜到。</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>弱：请多加一两个词语。</translation>
    </message>
    <message>
        <source>Fair: one more word would make it strong.</source>
        <translation>一般：再加一个词语就会很强。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>很强。</translation>
    </message>
    <message>
        <source>Please choose a longer passphrase that is hard to guess.</source>
        <translation>请选一个较长而难以猜到的密码短语。</translation>
    </message>
    <message>
        <source>The two new passphrases are different. Please type them again.</source>
        <translation>两次输入的新密码短语不一致。请重新输入。</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <source>Check the coordinator&apos;s fingerprint</source>
        <translation>核对统筹人的指纹</translation>
    </message>
    <message>
        <source>Compare these digits (or scan the code) with the coordinator&apos;s screen, in person. Only accept if every digit matches.</source>
        <translation>请当面把这些数字（或扫描二维码）与统筹人屏幕上的核对。每个数字都相同才接受。</translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation>统筹人：%1</translation>
    </message>
    <message>
        <source>They match: trust this pack</source>
        <translation>相同：信任这个资料包</translation>
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
        <translation>输入纸质签名</translation>
    </message>
    <message>
        <source>Left blank</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Lives there</source>
        <translation>在该地区居住</translation>
    </message>
    <message>
        <source>Works there</source>
        <translation>在该地区工作</translation>
    </message>
    <message>
        <source>Studies there</source>
        <translation>在该地区学习</translation>
    </message>
    <message>
        <source>Signed by hand on this sheet</source>
        <translation>已在此表格上亲笔签名</translation>
    </message>
    <message>
        <source>The printed privacy notice %1 was shown at the stall.</source>
        <translation>摆摊时已出示纸质隐私声明 %1。</translation>
    </message>
    <message>
        <source>The signer ticked the optional contact box</source>
        <translation>签名者已勾选可选的联系方框</translation>
    </message>
    <message>
        <source>Sheet serial</source>
        <translation>表格编号</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
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
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家／地区</translation>
    </message>
    <message>
        <source>Live, work or study</source>
        <translation>居住、工作或学习</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save this row</source>
        <translation>保存此行</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码（如有）</translation>
    </message>
    <message>
        <source>No sheet with that serial was printed from this vault.</source>
        <translation>此保险库从未打印过这个编号的表格。</translation>
    </message>
    <message>
        <source>That sheet was printed for another petition.</source>
        <translation>这张表格是为另一份请愿打印的。</translation>
    </message>
    <message>
        <source>That row number is not on this sheet.</source>
        <translation>这张表格上没有这个行号。</translation>
    </message>
    <message>
        <source>That sheet row has already been typed in.</source>
        <translation>这张表格的这一行已经录入过了。</translation>
    </message>
    <message>
        <source>Please check the sheet serial and row number.</source>
        <translation>请检查表格编号和行号。</translation>
    </message>
    <message>
        <source>This row could not be saved. Nothing was changed.</source>
        <translation>未能保存此行，数据没有任何改动。</translation>
    </message>
    <message>
        <source>Row saved. Next row: %1</source>
        <translation>已保存。下一行：%1</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Today&apos;s PIN</source>
        <translation>今天的 PIN</translation>
    </message>
    <message>
        <source>A PIN of %1 to %2 digits lets you leave kiosk mode today without the passphrase.</source>
        <translation>设置 %1 至 %2 位数字的 PIN，今天就可以不用密码短语离开自助模式。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>再次输入相同的 PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <source>The two PINs are different.</source>
        <translation>两次输入的 PIN 不相同。</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN 必须是 %1 至 %2 位数字。</translation>
    </message>
</context>
<context>
    <name>PostcodeHint</name>
    <message>
        <source>The postal code of your address, if it has one: letters, digits and spaces</source>
        <translation>你的地址的邮政编码（如有）：只用字母、数字和空格</translation>
    </message>
    <message>
        <source>For example CV1 1LL</source>
        <translation>例如 CV1 1LL</translation>
    </message>
    <message>
        <source>✓ This looks like a UK postcode</source>
        <translation>✓ 这看起来是英国邮政编码</translation>
    </message>
    <message>
        <source>Keep typing: a postcode looks like CV1 1LL</source>
        <translation>请继续输入：邮政编码的格式如 CV1 1LL</translation>
    </message>
</context>
<context>
    <name>PracticeBand</name>
    <message>
        <source>Practice vault: do not collect real signatures</source>
        <translation>练习用数据库：请勿收集真实签名</translation>
    </message>
</context>
<context>
    <name>PracticeVaultDialog</name>
    <message>
        <source>Practice vault</source>
        <translation>练习数据库</translation>
    </message>
    <message>
        <source>Practice vault: made-up signers only</source>
        <translation>练习数据库：只有虚构的签名人</translation>
    </message>
    <message>
        <source>Make a separate vault to practise with: the sample petition, a practice stall today and made-up signers. It is marked as practice on every screen, its batches can never enter a real vault, and this vault is not touched. Choose a passphrase for the practice vault; never use it for real signers.</source>
        <translation>创建一个独立的数据库用于练习：包含示例请愿、今天的练习街站和虚构的签名人。每个屏幕都会标明是练习，它的批次永远不能进入真正的数据库，而这个数据库不受影响。请为练习数据库选一个密码短语；切勿用它收集真正的签名。</translation>
    </message>
    <message>
        <source>Made-up signers to start with</source>
        <translation>开始时的虚构签名人数目</translation>
    </message>
    <message>
        <source>Make the practice vault</source>
        <translation>创建练习数据库</translation>
    </message>
    <message>
        <source>Open the practice vault in a new window</source>
        <translation>在新窗口打开练习数据库</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Making the practice vault…</source>
        <translation>正在创建练习数据库…</translation>
    </message>
    <message>
        <source>The practice vault is ready with %1 made-up signers. Open it with the passphrase you just chose.</source>
        <translation>练习数据库已准备好，包含 %1 个虚构签名人。请用你刚选的密码短语打开。</translation>
    </message>
    <message>
        <source>The practice vault opens in a new window.</source>
        <translation>练习数据库会在新窗口打开。</translation>
    </message>
    <message>
        <source>The practice vault could not be opened in a new window.</source>
        <translation>无法在新窗口打开练习数据库。</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the vault</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>忘记了密码短语？</translation>
    </message>
    <message>
        <source>The campaign&apos;s recovery key opens this vault without the passphrase. The coordinator keeps it: a file with a line starting AGE-SECRET-KEY-1. Choose that file, then a new passphrase. Nothing in the vault is lost.</source>
        <translation>活动的恢复密钥不用密码短语也能打开这个数据库。它由统筹人保管：是一个文件，其中一行以 AGE-SECRET-KEY-1 开头。请选择该文件，然后设置新的密码短语。数据库里的数据不会丢失。</translation>
    </message>
    <message>
        <source>Choose the recovery key file…</source>
        <translation>选择恢复密钥文件…</translation>
    </message>
    <message>
        <source>No recovery key file chosen yet.</source>
        <translation>尚未选择恢复密钥文件。</translation>
    </message>
    <message>
        <source>Recover and open the vault</source>
        <translation>恢复并打开数据库</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the recovery key file</source>
        <translation>选择恢复密钥文件</translation>
    </message>
    <message>
        <source>That file holds no recovery key (a line starting AGE-SECRET-KEY-1). Please choose the coordinator&apos;s recovery key file.</source>
        <translation>该文件没有恢复密钥（以 AGE-SECRET-KEY-1 开头的一行）。请选择统筹人的恢复密钥文件。</translation>
    </message>
    <message>
        <source>Recovery key file read.</source>
        <translation>已读取恢复密钥文件。</translation>
    </message>
    <message>
        <source>Please choose the recovery key file first.</source>
        <translation>请先选择恢复密钥文件。</translation>
    </message>
    <message>
        <source>Opening the vault with the recovery key…</source>
        <translation>正在用恢复密钥打开数据库…</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed; ask the coordinator for the campaign&apos;s recovery key file.</source>
        <translation>这个恢复密钥打不开这个数据库。没有做任何更改；请向统筹人索取活动的恢复密钥文件。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The campaign&apos;s recovery key</source>
        <translation>活动的恢复密钥</translation>
    </message>
    <message>
        <source>The recovery key comes with the coordinator&apos;s campaign pack (Campaign and batches, Import campaign pack). If you forget your passphrase, the coordinator can open this vault with it and you choose a new passphrase.</source>
        <translation>恢复密钥随统筹人的活动资料包而来（“活动及批次”中的“导入活动资料包”）。如果你忘记密码短语，统筹人可以用它打开这个数据库，再由你设置新的密码短语。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Warning: the recovery key is the campaign&apos;s master key. Whoever holds this file can open every sealed batch and every volunteer&apos;s vault, with every signer&apos;s name and address. Save it only to a USB stick you keep locked away (or print it and delete the file). Never send it by email or chat, never put it in cloud storage, never leave it on this computer.</source>
        <translation>警告：恢复密钥是整个活动的总密钥。任何人持有这个文件，都能打开每一个密封批次和每位志愿者的数据库，看到每位签名人的姓名和地址。只能把它存到一个锁好保管的 U 盘（或打印出来再删除文件）。切勿通过电子邮件或聊天软件发送，切勿放到云存储，切勿留在这台电脑上。</translation>
    </message>
    <message>
        <source>Saving it also lets the same file recover this coordinator vault if its passphrase is forgotten.</source>
        <translation>保存后，如果忘记这个统筹人数据库的密码短语，也可以用同一个文件恢复它。</translation>
    </message>
    <message>
        <source>I understand, and I will keep the file offline and safe.</source>
        <translation>我明白，并会把文件离线妥善保管。</translation>
    </message>
    <message>
        <source>Save the recovery key…</source>
        <translation>保存恢复密钥…</translation>
    </message>
    <message>
        <source>A recovery key is set: a forgotten passphrase can be recovered. Its fingerprint: %1</source>
        <translation>已设置恢复密钥：忘记密码短语也可以恢复。它的指纹：%1</translation>
    </message>
    <message>
        <source>No recovery key is set on this vault yet: if the passphrase is forgotten, everything in it is lost.</source>
        <translation>这个数据库尚未设置恢复密钥：如果忘记密码短语，里面的一切都会丢失。</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>Saving the recovery key…</source>
        <translation>正在保存恢复密钥…</translation>
    </message>
    <message>
        <source>The recovery key was saved (readable by you only). Move it to offline storage now and delete it from this computer.</source>
        <translation>恢复密钥已保存（只有你可以读取）。请立即把它移到离线存储，并从这台电脑删除。</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this device</source>
        <translation>设置此设备</translation>
    </message>
    <message>
        <source>Everything stallapp keeps on this device is encrypted with your passphrase. Choose one you can remember all day: a few unrelated words work well.</source>
        <translation>stallapp 在此设备上保存的一切都会用你的密码短语加密。请选一个你整天都记得的密码短语：几个互不相关的词语效果很好。</translation>
    </message>
    <message>
        <source>Stall: collect signatures at a street stall</source>
        <translation>街站：在街站收集签名</translation>
    </message>
    <message>
        <source>Coordinator: receive and merge the stalls&apos; batches</source>
        <translation>统筹：接收并合并各街站的数据</translation>
    </message>
    <message>
        <source>This device is for</source>
        <translation>此设备的用途</translation>
    </message>
    <message>
        <source>Device name (e.g. Coventry laptop)</source>
        <translation>设备名称（例如 Coventry 笔记本电脑）</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>Create the encrypted vault</source>
        <translation>创建加密数据库</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Too short or too easy to guess.</source>
        <translation>太短或太容易猜到。</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>弱：请多加一两个词语。</translation>
    </message>
    <message>
        <source>Fair: one more word would make it strong.</source>
        <translation>一般：再加一个词语就会很强。</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>良好。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>很强。</translation>
    </message>
    <message>
        <source>Please choose a longer passphrase that is hard to guess.</source>
        <translation>请选一个较长而难以猜到的密码短语。</translation>
    </message>
    <message>
        <source>The two passphrases are different. Please type them again.</source>
        <translation>两次输入的密码短语不相同，请重新输入。</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>正在创建加密数据库…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
</context>
<context>
    <name>TapToSignView</name>
    <message>
        <source>Sign the petition here</source>
        <translation>在这里签署请愿</translation>
    </message>
    <message>
        <source>Tap to sign</source>
        <translation>点击签署</translation>
    </message>
    <message>
        <source>Opens a blank petition form</source>
        <translation>打开一份空白的请愿表格</translation>
    </message>
</context>
<context>
    <name>ThankYouView</name>
    <message>
        <source>Thank you for signing</source>
        <translation>感谢你的签名</translation>
    </message>
    <message>
        <source>Practice only: this entry is not a real signature and is not kept safe.</source>
        <translation>仅供练习：这条记录不是真实签名，也不会被妥善保存。</translation>
    </message>
    <message>
        <source>Your signature is saved and encrypted on this device.</source>
        <translation>你的签名已加密保存在此设备上。</translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation>你的收据编号</translation>
    </message>
    <message>
        <source>Photograph or note this code if you may want to withdraw your signature later. The next person cannot see your entry.</source>
        <translation>如你日后可能想撤回签名，请拍下或记下此编号。下一位人士无法看到你的资料。</translation>
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
        <translation>解锁 stallapp</translation>
    </message>
    <message>
        <source>Type your passphrase to open the encrypted vault.</source>
        <translation>请输入密码短语以打开加密数据库。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery key…</source>
        <translation>忘记密码短语？用活动的恢复密钥恢复…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Demo vault, for practice only. Its passphrase is public: %1</source>
        <translation>演示数据库，仅供练习。其密码短语是公开的：%1</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>请输入你的密码短语。</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Still opening. After an update, a large vault is upgraded once; this can take a few minutes. Please wait.</source>
        <translation>仍在打开。更新后，较大的数据库需要升级一次，可能需要几分钟，请稍候。</translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Nothing was changed. Please try again.</source>
        <translation>这个密码短语未能打开数据库，数据没有任何改动。请再试。</translation>
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
        <translation>这个数据库的更多工具</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>更改密码短语…</translation>
    </message>
    <message>
        <source>Recovery key…</source>
        <translation>恢复密钥…</translation>
    </message>
    <message>
        <source>Export campaign pack…</source>
        <translation>导出活动资料包…</translation>
    </message>
    <message>
        <source>Practice vault…</source>
        <translation>练习数据库…</translation>
    </message>
</context>
<context>
    <name>VaultWarnings</name>
    <message>
        <source>A stored petition cannot be read: %1. Add a corrected file with the same id, or remove it.</source>
        <translation>有一份已保存的请愿书无法读取：%1。请添加相同编号的已更正文件，或将其删除。</translation>
    </message>
    <message>
        <source>The vault&apos;s recovery key is damaged: if the passphrase is forgotten, the campaign cannot recover this vault. Ask your coordinator to set it again.</source>
        <translation>数据库的恢复密钥已损坏：如果忘记密码短语，活动团队将无法恢复这个数据库。请联系协调人重新设置。</translation>
    </message>
    <message>
        <source>The disk is full: you can read and export, but nothing new is saved.</source>
        <translation>磁盘已满：你仍可读取和导出，但不会保存任何新数据。</translation>
    </message>
    <message>
        <source>The vault&apos;s folder is read-only: you can read and export, but nothing new is saved.</source>
        <translation>数据库所在文件夹为只读：你仍可读取和导出，但不会保存任何新数据。</translation>
    </message>
    <message>
        <source>The vault is busy in another stallapp window.</source>
        <translation>数据库正被另一个 stallapp 窗口使用。</translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <source>%1 of them received by the coordinator and erased from this laptop.</source>
        <translation>其中 %1 个统筹人已收到，并已从这台笔记本电脑删除。</translation>
    </message>
    <message>
        <source>Today&apos;s stall</source>
        <translation>今天的街站</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Rehearsal vault: practice data only</source>
        <translation>排练数据库：只有练习数据</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>请愿</translation>
    </message>
    <message>
        <source>Stall event</source>
        <translation>街站活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新增活动</translation>
    </message>
    <message>
        <source>signatures at this event (a count only: names stay private)</source>
        <translation>此活动的签名数目（只显示数目，姓名保密）</translation>
    </message>
    <message>
        <source>Enter paper rows</source>
        <translation>输入纸质签名</translation>
    </message>
    <message>
        <source>Organiser tools</source>
        <translation>筹办工具</translation>
    </message>
    <message>
        <source>Campaign and batches</source>
        <translation>活动及批次</translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation>开始自助模式</translation>
    </message>
    <message>
        <source>There is no petition in this vault yet.</source>
        <translation>此数据库还没有请愿。</translation>
    </message>
    <message>
        <source>Please create today&apos;s stall event first.</source>
        <translation>请先创建今天的街站活动。</translation>
    </message>
    <message>
        <source>This petition&apos;s retention date has passed; it no longer collects signatures.</source>
        <translation>本请愿的保存期限已过，不再收集签名。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AreaCountsPanel</name>
    <message>
        <source>People by constituency or ward</source>
        <translation>按选区或地方选区（ward）统计人数</translation>
    </message>
    <message>
        <source>Postcode directory…</source>
        <translation>邮编目录…</translation>
    </message>
    <message>
        <source>Area names…</source>
        <translation>地区名称…</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>议会选区</translation>
    </message>
    <message>
        <source>Council ward</source>
        <translation>市议会选区</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>The ONS postcode directory (NSPL or ONSPD)</source>
        <translation>英国国家统计局邮编目录（NSPL 或 ONSPD）</translation>
    </message>
    <message>
        <source>Names and codes files</source>
        <translation>名称和代码文件</translation>
    </message>
    <message>
        <source>Postcode directory: %1; %2 names file(s).</source>
        <translation>邮编目录：%1；%2 个名称文件。</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Other areas, kept together (fewer than 5 people each)</source>
        <translation>其他地区合并统计（每区少于5人）</translation>
    </message>
    <message>
        <source>From the postcode directory %1.</source>
        <translation>数据来自邮编目录 %1。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No signatures yet</source>
        <translation>尚未有签名</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Coordinator</source>
        <translation>统筹人</translation>
    </message>
    <message>
        <source>Organiser tools</source>
        <translation>筹办工具</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>上锁</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <source>People by</source>
        <translation>人数分布：</translation>
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
        <translation>街站设备</translation>
    </message>
    <message>
        <source>Stall event</source>
        <translation>街站活动</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>撤回与清除</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>地区</translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n batch(es) from %1 (%2): %3</source>
        <translation>
            <numerusform>缺少：来自 %1（%2）的 %n 批：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Stall devices</source>
        <translation>街站设备</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔离批次</translation>
    </message>
    <message>
        <source>Choose batch files</source>
        <translation>选择批次文件</translation>
    </message>
    <message>
        <source>Sealed batches (*.stallbatch)</source>
        <translation>已封存的批次 (*.stallbatch)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>完成当前文件后取消…</translation>
    </message>
    <message>
        <source>Cancelled after %1 file(s).</source>
        <translation>处理了 %1 个文件后已取消。</translation>
    </message>
    <message>
        <source>Done: %1 file(s) handled.</source>
        <translation>完成：已处理 %1 个文件。</translation>
    </message>
    <message>
        <source>Set aside as forks: %1 batch(es); see &apos;stallapp batch quarantine&apos;.</source>
        <translation>已搁置的分叉批次：%1 个；请看 &apos;stallapp batch quarantine&apos;。</translation>
    </message>
</context>
<context>
    <name>CountsBox</name>
    <message>
        <source>Counts</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>People (each counted once)</source>
        <translation>人数（每人只计一次）</translation>
    </message>
    <message>
        <source>Signatures received</source>
        <translation>收到的签名</translation>
    </message>
    <message>
        <source>Duplicates found</source>
        <translation>找到的重复</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>纸本</translation>
    </message>
    <message>
        <source>At the kiosk</source>
        <translation>在签名站</translation>
    </message>
    <message>
        <source>Progress to target</source>
        <translation>目标进度</translation>
    </message>
    <message>
        <source>Of which %1 people (%2 signatures) from before the purge: kept counts, no personal data.</source>
        <translation>其中 %1 人（%2 个签名）来自清除之前：仅保留统计数字，不含个人信息。</translation>
    </message>
</context>
<context>
    <name>DeviceEnrolDialog</name>
    <message>
        <source>Check the stall device&apos;s fingerprint</source>
        <translation>核对街站设备的指纹</translation>
    </message>
    <message>
        <source>Compare these digits (or scan the code) with the stall device&apos;s screen, in person. Only enrol it if every digit matches.</source>
        <translation>请当面把这些数字（或扫描二维码）与街站设备屏幕上的核对。每个数字都相同才登记。</translation>
    </message>
    <message>
        <source>Device: %1 (%2)</source>
        <translation>设备：%1（%2）</translation>
    </message>
    <message>
        <source>They match: enrol this device</source>
        <translation>相同：登记这部设备</translation>
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
        <translation>已登记的摆摊设备</translation>
    </message>
    <message>
        <source>Enrol a stall device…</source>
        <translation>登记街站设备…</translation>
    </message>
    <message>
        <source>Revoke a device…</source>
        <translation>撤销设备…</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Choose a device card</source>
        <translation>选择设备卡</translation>
    </message>
    <message>
        <source>Device cards (*.card);;All (*)</source>
        <translation>设备卡 (*.card);;全部 (*)</translation>
    </message>
    <message>
        <source>Not enrolled: the fingerprints were not confirmed.</source>
        <translation>未登记：指纹未获确认。</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation>已登记 %1。</translation>
    </message>
    <message>
        <source>%1 was enrolled already.</source>
        <translation>%1 早已登记。</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop batch files or a folder here</source>
        <translation>把批次文件或文件夹拖放到这里</translation>
    </message>
</context>
<context>
    <name>EpetitionPanel</name>
    <message>
        <source>The council&apos;s own e-petition count</source>
        <translation>市议会网上请愿自身的统计数</translation>
    </message>
    <message>
        <source>Council petition</source>
        <translation>市议会请愿</translation>
    </message>
    <message>
        <source>Signatures its page shows</source>
        <translation>其网页显示的签名数</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>查看日期</translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation>保存统计数</translation>
    </message>
    <message>
        <source>No council e-petition count entered yet.</source>
        <translation>尚未录入市议会网上请愿的统计数。</translation>
    </message>
    <message>
        <source>Latest: %1 on %2, shown apart and never added to ours.</source>
        <translation>最新：%2 为 %1，单独显示，绝不计入我们的统计。</translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message>
        <source>Import sealed batches</source>
        <translation>导入已封存的批次</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>导入结果</translation>
    </message>
</context>
<context>
    <name>ImportLines</name>
    <message numerus="yes">
        <source>%1: imported, %n signature(s)</source>
        <translation>
            <numerusform>%1：已导入，%n 个签名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n matched people counted before</source>
        <translation>
            <numerusform>，其中 %n 个与此前已统计的人相符</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported</source>
        <translation>%1：此前已导入</translation>
    </message>
    <message>
        <source>%1: set aside (quarantined) by the coordinator earlier</source>
        <translation>%1：统筹人此前已将其搁置（隔离）</translation>
    </message>
    <message>
        <source>%1: set aside (quarantined); it waits for a decision</source>
        <translation>%1：已搁置（隔离），等待处理决定</translation>
    </message>
    <message>
        <source>%1: set aside (quarantined): it does not follow its device&apos;s earlier batches; decide in the Quarantine tab</source>
        <translation>%1：已搁置（隔离）：它与该设备此前的批次衔接不上；请在“隔离批次”页签中处理</translation>
    </message>
    <message>
        <source>%1: refused: the file is too large to be a batch</source>
        <translation>%1：已拒绝：文件过大，不可能是批次文件</translation>
    </message>
    <message>
        <source>%1: refused: the file could not be read</source>
        <translation>%1：已拒绝：无法读取文件</translation>
    </message>
    <message>
        <source>%1: refused: it holds a petition past its retention date</source>
        <translation>%1：已拒绝：其中含有已过保存期限的请愿</translation>
    </message>
    <message>
        <source>%1: refused: record %2 breaks a rule for the field “%3”; nothing imported</source>
        <translation>%1：已拒绝：第 %2 条记录不符合“%3”字段的规则；未导入任何数据</translation>
    </message>
    <message>
        <source>%1: refused: this file cannot be imported</source>
        <translation>%1：已拒绝：无法导入此文件</translation>
    </message>
    <message>
        <source>%1: refused: the batch is damaged, or was changed</source>
        <translation>%1：已拒绝：批次文件已损坏，或已被改动</translation>
    </message>
    <message>
        <source>%1: refused: this is not a sealed stallapp batch</source>
        <translation>%1：已拒绝：这不是已封存的 stallapp 批次文件</translation>
    </message>
    <message>
        <source>%1: refused: it cannot be opened: damaged, or sealed for another coordinator</source>
        <translation>%1：已拒绝：无法打开：文件已损坏，或是为另一位统筹人封存的</translation>
    </message>
    <message>
        <source>%1: refused: its device is not enrolled here; enrol it after checking its fingerprint</source>
        <translation>%1：已拒绝：其设备尚未在此登记；请先核对指纹，再进行登记</translation>
    </message>
    <message>
        <source>%1: refused: its device was revoked</source>
        <translation>%1：已拒绝：其设备已被撤销</translation>
    </message>
    <message>
        <source>%1: refused: the batch&apos;s device does not match its signature</source>
        <translation>%1：已拒绝：批次的设备与其签名不符</translation>
    </message>
    <message>
        <source>%1: refused: a rehearsal batch never enters a real vault</source>
        <translation>%1：已拒绝：排练批次绝不进入真实数据库</translation>
    </message>
    <message>
        <source>%1: refused: a real batch does not go into a rehearsal vault</source>
        <translation>%1：已拒绝：真实批次不进入排练数据库</translation>
    </message>
    <message>
        <source>%1: refused: it was not sealed for this coordinator</source>
        <translation>%1：已拒绝：它不是为此统筹人封存的</translation>
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
        <translation>邮编</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>contact consent</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>paper sheet</source>
        <translation>纸质表格</translation>
    </message>
    <message>
        <source>sheet row</source>
        <translation>表格行号</translation>
    </message>
    <message>
        <source>connection to the area</source>
        <translation>与该地区的关系</translation>
    </message>
</context>
<context>
    <name>NearMatchPanel</name>
    <message>
        <source>Same person: merge</source>
        <translation>同一人：合并</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>不同的人</translation>
    </message>
    <message>
        <source>Possible duplicates to review</source>
        <translation>待审核的可能重复</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2%3 (%n signature(s))</source>
        <translation>
            <numerusform>%1，%2%3（%n 个签名）</numerusform>
        </translation>
    </message>
    <message>
        <source>Near matches to review: %1</source>
        <translation>待复核的相近记录：%1</translation>
    </message>
    <message>
        <source>same name apart from spacing</source>
        <translation>姓名相同，只是空格不同</translation>
    </message>
    <message>
        <source>same name and postcode, different email</source>
        <translation>姓名和邮政编码相同，电邮不同</translation>
    </message>
    <message>
        <source>similar to a merged person</source>
        <translation>与一位已合并的人相近</translation>
    </message>
    <message>
        <source>same name in Chinese and in romanised form</source>
        <translation>中文姓名与罗马字拼写的姓名相同</translation>
    </message>
    <message>
        <source>same name in Chinese and in romanised form, with an extra given name</source>
        <translation>中文姓名与罗马字拼写的姓名相同，另多一个名字</translation>
    </message>
    <message>
        <source>same name in Traditional and Simplified characters</source>
        <translation>繁体与简体写法的同一姓名</translation>
    </message>
    <message>
        <source>same name, same postcode area</source>
        <translation>姓名相同，邮编同区</translation>
    </message>
    <message>
        <source>same name in another romanised spelling</source>
        <translation>同一姓名的另一种罗马字拼写</translation>
    </message>
    <message>
        <source>similar name (%1%), same postcode</source>
        <translation>姓名相近（%1%），邮政编码相同</translation>
    </message>
    <message>
        <source>similar spelling (%1%), same postcode area</source>
        <translation>拼写相近（%1%），邮编同区</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <source>Export the campaign pack</source>
        <translation>导出活动资料包</translation>
    </message>
    <message>
        <source>Campaign pack for the stalls</source>
        <translation>给各街站的活动资料包</translation>
    </message>
    <message>
        <source>The pack carries the petition wording, your key for the sealed batches and the campaign&apos;s recovery key, signed by you. Give the file to each stall; the volunteer compares the fingerprint below with this screen, in person, before trusting it.</source>
        <translation>资料包包含请愿内容、用于密封批次的你的密钥，以及活动的恢复密钥，并由你签名。把文件交给每个街站；志愿者信任它之前，会当面把下面的指纹与这个屏幕核对。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save campaign pack…</source>
        <translation>保存活动资料包…</translation>
    </message>
    <message>
        <source>Save the campaign pack</source>
        <translation>保存活动资料包</translation>
    </message>
    <message>
        <source>Writing the campaign pack…</source>
        <translation>正在写入活动资料包…</translation>
    </message>
    <message>
        <source>Campaign pack saved. At each stall, check in person that the volunteer&apos;s screen shows this fingerprint: %1</source>
        <translation>活动资料包已保存。请在每个街站当面核对，志愿者的屏幕显示的是这个指纹：%1</translation>
    </message>
</context>
<context>
    <name>PersonRightsPanel</name>
    <message>
        <source>Find a signer by name and postcode (paper or kiosk)</source>
        <translation>按姓名和邮编查找签名人（纸质或平板）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>导出其个人信息…</translation>
    </message>
    <message>
        <source>Erase all their signatures…</source>
        <translation>删除其全部签名…</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>新建或空的文件夹</translation>
    </message>
    <message>
        <source>same name and postcode</source>
        <translation>姓名和邮编相同</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 signature(s), %5 on paper, %6 at the kiosk</source>
        <translation>%1 · %2 · %3：%4 个签名，纸质 %5 个，平板 %6 个</translation>
    </message>
    <message>
        <source>Give the signer&apos;s name and postcode.</source>
        <translation>请输入签名人的姓名和邮编。</translation>
    </message>
    <message>
        <source>Choose the person, then export or erase.</source>
        <translation>请选择此人，然后导出或删除。</translation>
    </message>
    <message>
        <source>No one with that name and postcode is in this vault.</source>
        <translation>此保险库中没有这个姓名和邮编的人。</translation>
    </message>
    <message>
        <source>Erase all %1 signature(s) of this person for good? This cannot be undone.</source>
        <translation>永久删除此人的全部 %1 个签名？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>Erased %1 signature(s).</source>
        <translation>已删除 %1 个签名。</translation>
    </message>
    <message>
        <source>Wrote %1 files for them. Give them to the signer only.</source>
        <translation>已为其导出 %1 个文件。只能交给签名人本人。</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <source>Batches set aside</source>
        <translation>已搁置的批次</translation>
    </message>
    <message>
        <source>Reason for the batch set aside, e.g. the stall&apos;s vault was restored</source>
        <translation>搁置该批次的原因，例如街站的数据库曾从备份恢复</translation>
    </message>
    <message>
        <source>Accept this batch</source>
        <translation>接受此批次</translation>
    </message>
    <message>
        <source>Set this batch aside</source>
        <translation>搁置此批次</translation>
    </message>
    <message>
        <source>Waiting: batch %1 from %2 (%3): %4 record(s), received %5</source>
        <translation>待决定：来自 %2（%3）的第 %1 批，%4 条记录，接收日期 %5</translation>
    </message>
    <message>
        <source>    No batch holds this number: it waits for an earlier decision.</source>
        <translation>    此编号尚无已合并的批次：需先对较早的批次作出决定。</translation>
    </message>
    <message>
        <source>    Already merged as batch %1: %2 record(s), received %3</source>
        <translation>    已合并为第 %1 批：%2 条记录，接收日期 %3</translation>
    </message>
    <message>
        <source>Batches waiting for a decision: %1</source>
        <translation>待决定的批次：%1</translation>
    </message>
    <message>
        <source>Settling the batch…</source>
        <translation>正在处理批次…</translation>
    </message>
    <message>
        <source>Done: %1 signature(s) added; %2 later batch(es) imported.</source>
        <translation>完成：新增 %1 个签名；导入 %2 个后续批次。</translation>
    </message>
</context>
<context>
    <name>ReceiptWriterPanel</name>
    <message>
        <source>Write import receipts for the stalls…</source>
        <translation>为各街站写入导入回执…</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder</source>
        <translation>选择 U 盘或文件夹</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>正在写入回执…</translation>
    </message>
    <message>
        <source>Wrote %1 import receipt(s), one per stall device. Each stall loads its own from the stick.</source>
        <translation>已写入 %1 张导入回执，每台街站设备一张。每个街站从 U 盘载入自己的那一张。</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke a stall device</source>
        <translation>撤销街站设备</translation>
    </message>
    <message>
        <source>Revoke a device that was lost or stolen, or is no longer used. From now on its batches are refused, also those it has not sent yet. This cannot be undone: the device would have to be set up again as a new one.</source>
        <translation>丢失、被盗或不再使用的设备，请撤销。此后它的批次一律拒收，包括尚未发送的。此操作无法撤回：该设备须重新设置为新设备。</translation>
    </message>
    <message>
        <source>Device to revoke</source>
        <translation>要撤销的设备</translation>
    </message>
    <message>
        <source>The device&apos;s name, to confirm</source>
        <translation>设备名称（用于确认）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Revoke this device</source>
        <translation>撤销这台设备</translation>
    </message>
    <message>
        <source>There is no enrolled device to revoke.</source>
        <translation>没有已登记的设备可撤销。</translation>
    </message>
    <message>
        <source>To confirm, type the device&apos;s name: %1</source>
        <translation>请输入设备名称以确认：%1</translation>
    </message>
    <message>
        <source>That is not the device&apos;s name. Nothing was revoked; please type it again.</source>
        <translation>这不是该设备的名称。没有撤销任何设备；请重新输入。</translation>
    </message>
</context>
<context>
    <name>WithdrawalPanel</name>
    <message>
        <source>Erase a signature by its receipt code</source>
        <translation>按收据编号删除签名</translation>
    </message>
    <message>
        <source>Receipt code, like 7KQ2-M9XD</source>
        <translation>收据编号，例如 7KQ2-M9XD</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Also erase this signer&apos;s other signatures</source>
        <translation>一并删除此签名人的其他签名</translation>
    </message>
    <message>
        <source>Purge a petition after its retention date</source>
        <translation>保存期限过后清除请愿的所有签名</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>A receipt code has 8 letters and digits, like 7KQ2-M9XD.</source>
        <translation>收据编号由 8 个字母和数字组成，例如 7KQ2-M9XD。</translation>
    </message>
    <message>
        <source>No signature with that receipt code is in this vault.</source>
        <translation>此数据库内没有该收据编号的签名。</translation>
    </message>
    <message>
        <source>Erase %1 signature(s) for good? This cannot be undone.</source>
        <translation>要永久删除 %1 个签名吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>没有删除任何签名。</translation>
    </message>
    <message>
        <source>Erased %1 signature(s).</source>
        <translation>已删除 %1 个签名。</translation>
    </message>
    <message>
        <source>%1 other signature(s) of the same person are still kept.</source>
        <translation>同一人的其他 %1 个签名仍然保留。</translation>
    </message>
    <message>
        <source>%1 (kept until %2): %3 signature(s)</source>
        <translation>%1（保存至 %2）：%3 个签名</translation>
    </message>
    <message>
        <source>No petition is past its retention date.</source>
        <translation>没有请愿已过保存期限。</translation>
    </message>
    <message>
        <source>Delete all %1 signature(s) of this petition for good? This cannot be undone.</source>
        <translation>要永久删除此请愿的全部 %1 个签名吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Anonymous counts are kept, by constituency and ward too (from %1).</source>
        <translation>会保留匿名的统计数字，包括按议会选区和地方议会选区统计的数字（来自 %1）。</translation>
    </message>
    <message>
        <source>Anonymous counts are kept, but not by constituency or ward: to keep those, choose the postcode directory under Areas first.</source>
        <translation>会保留匿名的统计数字，但不包括按议会选区或地方议会选区统计的数字：如需保留，请先在“地区”标签页选择邮编目录。</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>没有删除任何数据。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Deleted %1 signature(s); kept anonymous counts of %2.</source>
        <translation>已删除 %1 个签名；已保留其中 %2 个的匿名统计数字。</translation>
    </message>
</context>
</TS>

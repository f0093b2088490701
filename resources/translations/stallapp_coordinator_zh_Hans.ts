<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Withdrawal</source>
        <translation>撤回与清除</translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n batch(es) from %1 (%2): %3</source>
        <translation><numerusform>缺少：来自 %1（%2）的 %n 批：%3</numerusform></translation>
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
        <source>Devices and keys</source>
        <translation>设备与密钥</translation>
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
        <translation><numerusform>%1，%2%3（%n 个签名）</numerusform></translation>
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
        <source>similar name (%1%), same postcode</source>
        <translation>姓名相近（%1%），邮政编码相同</translation>
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
        <source>Nothing was deleted.</source>
        <translation>没有删除任何数据。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Deleted %1 signature(s).</source>
        <translation>已删除 %1 个签名。</translation>
    </message>
</context>
</TS>

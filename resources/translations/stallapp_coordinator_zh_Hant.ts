<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <source>Withdrawal</source>
        <translation>撤回與清除</translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n batch(es) from %1 (%2): %3</source>
        <translation><numerusform>缺少：來自 %1（%2）的 %n 批：%3</numerusform></translation>
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
        <source>Devices and keys</source>
        <translation>裝置與密鑰</translation>
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
        <translation><numerusform>%1，%2%3（%n 個聯署）</numerusform></translation>
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
        <source>similar name (%1%), same postcode</source>
        <translation>姓名相近（%1%），郵政編碼相同</translation>
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
        <source>Nothing was deleted.</source>
        <translation>沒有刪除任何資料。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在刪除…</translation>
    </message>
    <message>
        <source>Deleted %1 signature(s).</source>
        <translation>已刪除 %1 個簽名。</translation>
    </message>
</context>
</TS>

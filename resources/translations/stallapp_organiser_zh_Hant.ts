<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh-Hant">
<context>
    <name>BundlePanel</name>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Leave out street address lines (keep postcodes)</source>
        <translation>不列出街道地址（保留郵編）</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>製作提交文件</translation>
    </message>
    <message>
        <source>Recipient (MP or council)</source>
        <translation>收件人（國會議員或議會）</translation>
    </message>
    <message>
        <source>Only this constituency</source>
        <translation>只限此選區</translation>
    </message>
    <message>
        <source>Postcode lookup (CSV)</source>
        <translation>郵編對照表（CSV）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可選</translation>
    </message>
    <message>
        <source>Area names (CSV, optional)</source>
        <translation>地區名稱（CSV，可選）</translation>
    </message>
    <message>
        <source>Empty output folder</source>
        <translation>空白的輸出資料夾</translation>
    </message>
    <message>
        <source>Area names (CSV)</source>
        <translation>地區名稱（CSV）</translation>
    </message>
    <message>
        <source>A bundle lists electronic signatures for a council or an MP. It is not a House of Commons paper petition.</source>
        <translation>提交文件列出交給議會或國會議員的電子簽名，並非下議院紙本請願。</translation>
    </message>
    <message>
        <source>Postcode lookup</source>
        <translation>郵編對照表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Area names and codes</source>
        <translation>地區名稱及代碼</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>輸出資料夾</translation>
    </message>
    <message>
        <source>Choose an empty folder for the bundle.</source>
        <translation>請為提交文件選擇一個空白資料夾。</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在製作提交文件…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n signature(s) to the folder.</source>
        <translation>
            <numerusform>已把 %n 個簽名寫入資料夾。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraFrameSource</name>
    <message>
        <source>Camera support is not installed (the camera extra: pip install &apos;stallapp[camera]&apos;). You can open photos of the sheets instead.</source>
        <translation>未有安裝相機支援（camera 附加套件：pip install &apos;stallapp[camera]&apos;）。你可以改為開啟簽名表的相片。</translation>
    </message>
    <message>
        <source>No camera was found. Plug one in, or open photos of the sheets instead.</source>
        <translation>找不到相機。請接上相機，或改為開啟簽名表的相片。</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>相機畫面</translation>
    </message>
    <message>
        <source>The camera could not be used. Close any other program using it and try again, or open photos of the sheets instead.</source>
        <translation>未能使用相機。請關閉其他正在使用相機的程式再試，或改為開啟簽名表的相片。</translation>
    </message>
</context>
<context>
    <name>ImageFrameSource</name>
    <message>
        <source>That file is not a picture that can be read.</source>
        <translation>這個檔案不是可讀取的圖片。</translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>LanguageTextsEditor</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Who the petitioners are</source>
        <translation>請願人是誰</translation>
    </message>
    <message>
        <source>Declares that (the petition&apos;s text)</source>
        <translation>聲明（請願內容）</translation>
    </message>
    <message>
        <source>The request (prayer)</source>
        <translation>請求事項</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>私隱聲明</translation>
    </message>
    <message>
        <source>Consent statement</source>
        <translation>同意聲明</translation>
    </message>
    <message>
        <source>Optional contact consent</source>
        <translation>可選的聯絡同意</translation>
    </message>
</context>
<context>
    <name>OrganiserPage</name>
    <message>
        <source>Organiser tools</source>
        <translation>籌辦工具</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>上鎖</translation>
    </message>
    <message>
        <source>Petition and printing</source>
        <translation>請願及列印</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>紙本簽名表</translation>
    </message>
    <message>
        <source>Submission bundle</source>
        <translation>提交文件</translation>
    </message>
    <message>
        <source>Add a petition first: bundles are made per petition.</source>
        <translation>請先加入請願：提交文件按請願製作。</translation>
    </message>
</context>
<context>
    <name>OrganiserScreen</name>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <source>Number of sheets</source>
        <translation>簽名表數量</translation>
    </message>
    <message>
        <source>Print sheets…</source>
        <translation>列印請願表格…</translation>
    </message>
    <message>
        <source>Poster (full page)</source>
        <translation>海報（整頁）</translation>
    </message>
    <message>
        <source>A5 flyer</source>
        <translation>A5 傳單</translation>
    </message>
    <message>
        <source>A6 cards, four to a page</source>
        <translation>A6 小卡（每頁四張）</translation>
    </message>
    <message>
        <source>Poster or flyer…</source>
        <translation>海報或傳單…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Top sheet preview</source>
        <translation>首頁預覽</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1: no %2 translation.</source>
        <translation>%1：缺少%2翻譯。</translation>
    </message>
    <message>
        <source>%1 (%2): these characters would print as boxes: %3</source>
        <translation>%1（%2）：這些字元會印成方格：%3</translation>
    </message>
    <message>
        <source>Prayer (%1): its opening is in a form stallapp does not recognise and could print twice. Start with “The petitioners therefore request that the House of Commons”, “… urge the House of Commons to”, “Wherefore your petitioners pray”, or write only the request.</source>
        <translation>請求部分（%1）：開頭格式未能辨認，列印時可能重複。請以「因此，請願人請求下議院」或「請願人促請下議院」開始，或只寫出請求內容。</translation>
    </message>
    <message>
        <source>Prayer (%1): it asks no one in the House. A Commons prayer asks the House of Commons (which may urge the Government).</source>
        <translation>請求部分（%1）：沒有向下議院提出請求。下議院請願須向下議院提出請求（下議院可再敦促政府）。</translation>
    </message>
    <message>
        <source>Consent statement (%1): it says kiosk signatures go into the petition, but a House of Commons petition accepts only handwritten signatures on paper. Say they go into a list of supporters given to the MP.</source>
        <translation>同意聲明（%1）：聲稱簽名機上的簽名會加入請願，但下議院請願只接受紙上的親筆簽名。請說明這些簽名會列入交給國會議員的支持者名單。</translation>
    </message>
    <message>
        <source>the lawful basis (explicit consent, because signing shows a political opinion)</source>
        <translation>法律依據（明確同意，因為簽署會顯示政治意見）</translation>
    </message>
    <message>
        <source>who receives the data</source>
        <translation>誰會接收資料</translation>
    </message>
    <message>
        <source>how long it is kept</source>
        <translation>資料保存多久</translation>
    </message>
    <message>
        <source>how to withdraw</source>
        <translation>如何撤回</translation>
    </message>
    <message>
        <source>the right to a copy of one&apos;s data</source>
        <translation>索取個人資料副本的權利</translation>
    </message>
    <message>
        <source>the right to complain to the ICO</source>
        <translation>向資訊專員辦公室投訴的權利</translation>
    </message>
    <message>
        <source>Privacy notice (%1) does not say %2.</source>
        <translation>私隱聲明（%1）沒有說明%2。</translation>
    </message>
    <message>
        <source>Councils usually require signers to live, work or study in the area.</source>
        <translation>議會通常要求簽名者在該區居住、工作或讀書。</translation>
    </message>
    <message>
        <source>A council petition must name its organiser with contact details, printed on every sheet.</source>
        <translation>議會請願必須列明籌辦人及其聯絡資料，並印在每一張表格上。</translation>
    </message>
    <message>
        <source>No online petition address: posters and flyers cannot be printed.</source>
        <translation>沒有網上請願網址：無法列印海報和傳單。</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>The preview appears once the petition is complete.</source>
        <translation>請願資料完整後便會顯示預覽。</translation>
    </message>
    <message>
        <source>No warnings: the petition is complete.</source>
        <translation>沒有警告：請願資料完整。</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>無法儲存檔案：%1</translation>
    </message>
    <message>
        <source>Open a petition</source>
        <translation>開啟請願</translation>
    </message>
    <message>
        <source>Petition files (*.toml)</source>
        <translation>請願檔案 (*.toml)</translation>
    </message>
    <message>
        <source>Save the petition</source>
        <translation>儲存請願</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) printed and registered.</source>
        <translation>
            <numerusform>已列印並登記 %n 張表格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Petition sheets</source>
        <translation>請願表格</translation>
    </message>
    <message>
        <source>Printing the sheets…</source>
        <translation>正在列印表格…</translation>
    </message>
    <message>
        <source>Poster or flyer</source>
        <translation>海報或傳單</translation>
    </message>
    <message>
        <source>Drawing the poster or flyer…</source>
        <translation>正在繪製海報或傳單…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>儲存 PDF…</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>正在繪製頁面…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>無法啟動打印機。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>儲存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PetitionForm</name>
    <message>
        <source>House of Commons (paper petition)</source>
        <translation>下議院（紙本請願）</translation>
    </message>
    <message>
        <source>A council</source>
        <translation>地方議會</translation>
    </message>
    <message>
        <source>A letter of support</source>
        <translation>支持信</translation>
    </message>
    <message>
        <source>Scottish Parliament: stallapp does not collect for it. That Parliament takes petitions only through its own website, and only on devolved national matters. A sister-city tie is for the council: for Edinburgh, Glasgow or Perth, choose “A council” and give the council&apos;s name.</source>
        <translation>蘇格蘭議會：stallapp 不為其收集聯署。該議會只經其網站接受請願，且只限於權力下放的全國事務。友好城市關係屬議會事宜：愛丁堡、格拉斯哥或珀斯請選擇「地方議會」並填寫議會名稱。</translation>
    </message>
    <message>
        <source>Handwritten paper sheets</source>
        <translation>親筆簽署的紙本表格</translation>
    </message>
    <message>
        <source>Signatures on the kiosk</source>
        <translation>在簽名機上簽署</translation>
    </message>
    <message>
        <source>A list of supporters (for a Commons petition: given to the MP)</source>
        <translation>支持者名單（下議院請願：交給國會議員）</translation>
    </message>
    <message>
        <source>The petition itself (councils that accept them)</source>
        <translation>請願本身（適用於接受電子簽名的議會）</translation>
    </message>
    <message>
        <source>Keep anonymous counts after that date</source>
        <translation>該日期後保留不記名的統計數字</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>完整地址</translation>
    </message>
    <message>
        <source>Postcode only</source>
        <translation>只需郵編</translation>
    </message>
    <message>
        <source>Optional email</source>
        <translation>電郵（可選）</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>不收集電郵</translation>
    </message>
    <message>
        <source>Accept addresses outside the UK</source>
        <translation>接受英國以外的地址</translation>
    </message>
    <message>
        <source>Ask whether signers live, work or study here</source>
        <translation>詢問簽名者是否在此居住、工作或讀書</translation>
    </message>
    <message>
        <source>Petition id</source>
        <translation>請願編號</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>致</translation>
    </message>
    <message>
        <source>Name of the council or body</source>
        <translation>議會或機構名稱</translation>
    </message>
    <message>
        <source>Signatures taken on</source>
        <translation>收集簽名方式</translation>
    </message>
    <message>
        <source>Kiosk signatures go into</source>
        <translation>簽名機上的簽名會用於</translation>
    </message>
    <message>
        <source>Online petition address</source>
        <translation>網上請願網址</translation>
    </message>
    <message>
        <source>Privacy notice address</source>
        <translation>私隱聲明網址</translation>
    </message>
    <message>
        <source>Delete signatures after</source>
        <translation>簽名刪除日期</translation>
    </message>
    <message>
        <source>Campaign group</source>
        <translation>團體名稱</translation>
    </message>
    <message>
        <source>Signature goal</source>
        <translation>簽名目標</translation>
    </message>
    <message>
        <source>Address asked</source>
        <translation>所需地址</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Data controller</source>
        <translation>資料控制者</translation>
    </message>
    <message>
        <source>Controller contact</source>
        <translation>控制者聯絡方式</translation>
    </message>
</context>
<context>
    <name>ScanSheetsDialog</name>
    <message>
        <source>Scan returned sheets</source>
        <translation>掃描交回的簽名表</translation>
    </message>
    <message>
        <source>Hold each returned sheet up with its QR code (bottom right corner) towards the camera. When its serial appears, type the number of signatures written on it and press Enter; then hold up the next sheet.</source>
        <translation>將每張交回的簽名表拿起，把右下角的 QR 碼對準相機。編號出現後，輸入表上寫着的簽名數目並按 Enter，然後拿起下一張。</translation>
    </message>
    <message>
        <source>The picture being read</source>
        <translation>正在讀取的畫面</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>使用相機</translation>
    </message>
    <message>
        <source>Open photos of sheets…</source>
        <translation>開啟簽名表相片…</translation>
    </message>
    <message>
        <source>Scanner message</source>
        <translation>掃描訊息</translation>
    </message>
    <message>
        <source>Signatures on the sheet</source>
        <translation>表格上的簽名數目</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>標記為已交回</translation>
    </message>
    <message>
        <source>Skip this sheet</source>
        <translation>略過這張表格</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Hold a sheet&apos;s QR code up to the camera.</source>
        <translation>請把簽名表的 QR 碼對準相機。</translation>
    </message>
    <message>
        <source>Reading the pictures…</source>
        <translation>正在讀取圖片…</translation>
    </message>
    <message>
        <source>Photos of returned sheets</source>
        <translation>交回簽名表的相片</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>Sheet %1 found. Type the number of signatures written on it, then press Enter.</source>
        <translation>找到表格 %1。請輸入表上寫着的簽名數目，然後按 Enter。</translation>
    </message>
    <message>
        <source>Sheet %1 is already marked returned, with %2 signatures. To change its count, use Correct an earlier count on the Paper sheets tab.</source>
        <translation>表格 %1 已標記為交回，共 %2 個簽名。如要更改數目，請在「紙本簽名表」分頁使用「更正先前的數目」。</translation>
    </message>
    <message>
        <source>Sheet %1 was not printed from this vault: check that it is one of this campaign&apos;s sheets.</source>
        <translation>表格 %1 並非由這個資料庫列印：請檢查它是否屬於這次運動的簽名表。</translation>
    </message>
    <message>
        <source>That QR code is not a petition sheet code. Hold up the code printed in the sheet&apos;s bottom right corner.</source>
        <translation>這個 QR 碼不是簽名表的編碼。請拿起印在簽名表右下角的 QR 碼。</translation>
    </message>
    <message>
        <source>More than one sheet is in view: hold up one sheet at a time.</source>
        <translation>畫面中有多於一張簽名表：請每次只拿起一張。</translation>
    </message>
    <message>
        <source>No sheet QR code was found in that picture.</source>
        <translation>這張圖片中找不到簽名表的 QR 碼。</translation>
    </message>
    <message>
        <source>Skipped. Hold up the next sheet.</source>
        <translation>已略過。請拿起下一張。</translation>
    </message>
    <message>
        <source>Sheet %1 marked returned. Hold up the next sheet.</source>
        <translation>表格 %1 已標記為交回。請拿起下一張。</translation>
    </message>
    <message>
        <source>Sheets marked returned in this scan: %1</source>
        <translation>今次掃描已標記交回的表格：%1</translation>
    </message>
    <message>
        <source>All the pictures have been read.</source>
        <translation>所有圖片已讀取。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暫時未有）</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <source>Correct an earlier count</source>
        <translation>更正先前的數目</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>標記為已交回</translation>
    </message>
    <message>
        <source>Scan returned sheets…</source>
        <translation>掃描交回的簽名表…</translation>
    </message>
    <message>
        <source>Printed sheets</source>
        <translation>已列印的簽名表</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Paper signatures</source>
        <translation>紙本簽名</translation>
    </message>
    <message>
        <source>Sheet serial (typed or scanned)</source>
        <translation>表格編號（輸入或掃描）</translation>
    </message>
    <message>
        <source>Signatures on the sheet</source>
        <translation>表格上的簽名數目</translation>
    </message>
    <message>
        <source>Scanning sheets needs the camera extra, which is not installed on this laptop: pip install &apos;stallapp[camera]&apos;. Type the serials instead.</source>
        <translation>掃描簽名表需要 camera 附加套件，但這部手提電腦未有安裝：pip install &apos;stallapp[camera]&apos;。請改為輸入編號。</translation>
    </message>
    <message>
        <source>Sheet %1 marked returned.</source>
        <translation>表格 %1 已標記為交回。</translation>
    </message>
    <message>
        <source>Printed: %1 · back: %2 · out: %3 · missing: %4</source>
        <translation>已列印：%1 · 已交回：%2 · 未交回：%3 · 遺失：%4</translation>
    </message>
</context>
</TS>

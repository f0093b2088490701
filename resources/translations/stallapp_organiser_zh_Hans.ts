<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh-Hans">
<context>
    <name>BundlePanel</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Leave out street address lines (keep postcodes)</source>
        <translation>不列出街道地址（保留邮编）</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>制作提交文件</translation>
    </message>
    <message>
        <source>Recipient (MP or council)</source>
        <translation>收件人（国会议员或议会）</translation>
    </message>
    <message>
        <source>Only this constituency</source>
        <translation>只限此选区</translation>
    </message>
    <message>
        <source>Postcode lookup (CSV)</source>
        <translation>邮编对照表（CSV）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Area names (CSV, optional)</source>
        <translation>地区名称（CSV，可选）</translation>
    </message>
    <message>
        <source>Empty output folder</source>
        <translation>空白的输出文件夹</translation>
    </message>
    <message>
        <source>Area names (CSV)</source>
        <translation>地区名称（CSV）</translation>
    </message>
    <message>
        <source>A bundle lists electronic signatures for a council or an MP. It is not a House of Commons paper petition.</source>
        <translation>提交文件列出交给议会或国会议员的电子签名，并非下议院纸本请愿。</translation>
    </message>
    <message>
        <source>Postcode lookup</source>
        <translation>邮编对照表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Area names and codes</source>
        <translation>地区名称及代码</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Choose an empty folder for the bundle.</source>
        <translation>请为提交文件选择一个空白文件夹。</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在制作提交文件…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n signature(s) to the folder.</source>
        <translation>
            <numerusform>已把 %n 个签名写入文件夹。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraFrameSource</name>
    <message>
        <source>Camera support is not installed (the camera extra: pip install &apos;stallapp[camera]&apos;). You can open photos of the sheets instead.</source>
        <translation>尚未安装摄像头支持（camera 扩展：pip install &apos;stallapp[camera]&apos;）。也可以改为打开签名表的照片。</translation>
    </message>
    <message>
        <source>No camera was found. Plug one in, or open photos of the sheets instead.</source>
        <translation>没有找到摄像头。请接上摄像头，或改为打开签名表的照片。</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>摄像头画面</translation>
    </message>
    <message>
        <source>The camera could not be used. Close any other program using it and try again, or open photos of the sheets instead.</source>
        <translation>无法使用摄像头。请关闭正在使用摄像头的其他程序后重试，或改为打开签名表的照片。</translation>
    </message>
</context>
<context>
    <name>ImageFrameSource</name>
    <message>
        <source>That file is not a picture that can be read.</source>
        <translation>这个文件不是可以读取的图片。</translation>
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
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Who the petitioners are</source>
        <translation>请愿人是谁</translation>
    </message>
    <message>
        <source>Declares that (the petition&apos;s text)</source>
        <translation>声明（请愿内容）</translation>
    </message>
    <message>
        <source>The request (prayer)</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>隐私声明</translation>
    </message>
    <message>
        <source>Consent statement</source>
        <translation>同意声明</translation>
    </message>
    <message>
        <source>Optional contact consent</source>
        <translation>可选的联络同意</translation>
    </message>
</context>
<context>
    <name>OrganiserPage</name>
    <message>
        <source>Organiser tools</source>
        <translation>筹办工具</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>上锁</translation>
    </message>
    <message>
        <source>Petition and printing</source>
        <translation>请愿及打印</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>纸本签名表</translation>
    </message>
    <message>
        <source>Submission bundle</source>
        <translation>提交文件</translation>
    </message>
    <message>
        <source>Add a petition first: bundles are made per petition.</source>
        <translation>请先加入请愿：提交文件按请愿制作。</translation>
    </message>
</context>
<context>
    <name>OrganiserScreen</name>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Number of sheets</source>
        <translation>签名表数量</translation>
    </message>
    <message>
        <source>Print sheets…</source>
        <translation>打印请愿表格…</translation>
    </message>
    <message>
        <source>Poster (full page)</source>
        <translation>海报（整页）</translation>
    </message>
    <message>
        <source>A5 flyer</source>
        <translation>A5 传单</translation>
    </message>
    <message>
        <source>A6 cards, four to a page</source>
        <translation>A6 小卡（每页四张）</translation>
    </message>
    <message>
        <source>Poster or flyer…</source>
        <translation>海报或传单…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Top sheet preview</source>
        <translation>首页预览</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1: no %2 translation.</source>
        <translation>%1：缺少%2翻译。</translation>
    </message>
    <message>
        <source>%1 (%2): these characters would print as boxes: %3</source>
        <translation>%1（%2）：这些字符会印成方格：%3</translation>
    </message>
    <message>
        <source>Prayer (%1): its opening is in a form stallapp does not recognise and could print twice. Start with “The petitioners therefore request that the House of Commons”, “… urge the House of Commons to”, “Wherefore your petitioners pray”, or write only the request.</source>
        <translation>请求部分（%1）：开头格式无法识别，打印时可能重复。请以“因此，请愿人请求下议院”或“请愿人促请下议院”开头，或只写请求内容。</translation>
    </message>
    <message>
        <source>Prayer (%1): it asks no one in the House. A Commons prayer asks the House of Commons (which may urge the Government).</source>
        <translation>请求部分（%1）：没有向下议院提出请求。下议院请愿须向下议院提出请求（下议院可再敦促政府）。</translation>
    </message>
    <message>
        <source>Consent statement (%1): it says kiosk signatures go into the petition, but a House of Commons petition accepts only handwritten signatures on paper. Say they go into a list of supporters given to the MP.</source>
        <translation>同意声明（%1）：称签名终端上的签名会加入请愿，但下议院请愿只接受纸上的亲笔签名。请说明这些签名会列入交给议员的支持者名单。</translation>
    </message>
    <message>
        <source>the lawful basis (explicit consent, because signing shows a political opinion)</source>
        <translation>法律依据（明确同意，因为签名会表明政治观点）</translation>
    </message>
    <message>
        <source>who receives the data</source>
        <translation>谁会接收这些信息</translation>
    </message>
    <message>
        <source>how long it is kept</source>
        <translation>信息保存多久</translation>
    </message>
    <message>
        <source>how to withdraw</source>
        <translation>如何撤回</translation>
    </message>
    <message>
        <source>the right to a copy of one&apos;s data</source>
        <translation>获取个人信息副本的权利</translation>
    </message>
    <message>
        <source>the right to complain to the ICO</source>
        <translation>向英国信息专员办公室投诉的权利</translation>
    </message>
    <message>
        <source>Privacy notice (%1) does not say %2.</source>
        <translation>隐私声明（%1）没有说明%2。</translation>
    </message>
    <message>
        <source>Councils usually require signers to live, work or study in the area.</source>
        <translation>议会通常要求签名者在该区居住、工作或读书。</translation>
    </message>
    <message>
        <source>A council petition must name its organiser with contact details, printed on every sheet.</source>
        <translation>议会请愿必须写明筹办人及其联系方式，并印在每一张表格上。</translation>
    </message>
    <message>
        <source>No online petition address: posters and flyers cannot be printed.</source>
        <translation>没有网上请愿网址：无法打印海报和传单。</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>The preview appears once the petition is complete.</source>
        <translation>请愿资料完整后便会显示预览。</translation>
    </message>
    <message>
        <source>No warnings: the petition is complete.</source>
        <translation>没有警告：请愿资料完整。</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>Open a petition</source>
        <translation>打开请愿</translation>
    </message>
    <message>
        <source>Petition files (*.toml)</source>
        <translation>请愿文件 (*.toml)</translation>
    </message>
    <message>
        <source>Save the petition</source>
        <translation>保存请愿</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) printed and registered.</source>
        <translation>
            <numerusform>已打印并登记 %n 张表格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Petition sheets</source>
        <translation>请愿表格</translation>
    </message>
    <message>
        <source>Printing the sheets…</source>
        <translation>正在打印表格…</translation>
    </message>
    <message>
        <source>Poster or flyer</source>
        <translation>海报或传单</translation>
    </message>
    <message>
        <source>Drawing the poster or flyer…</source>
        <translation>正在生成海报或传单…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>正在生成页面…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PetitionForm</name>
    <message>
        <source>House of Commons (paper petition)</source>
        <translation>下议院（纸本请愿）</translation>
    </message>
    <message>
        <source>A council</source>
        <translation>地方议会</translation>
    </message>
    <message>
        <source>A letter of support</source>
        <translation>支持信</translation>
    </message>
    <message>
        <source>Scottish Parliament: stallapp does not collect for it. That Parliament takes petitions only through its own website, and only on devolved national matters. A sister-city tie is for the council: for Edinburgh, Glasgow or Perth, choose “A council” and give the council&apos;s name.</source>
        <translation>苏格兰议会：stallapp 不为其收集签名。该议会只通过其官网受理请愿，且只限于下放权力范围内的全国性事务。友好城市关系属于市议会事务：爱丁堡、格拉斯哥或珀斯请选择“市议会”并填写议会名称。</translation>
    </message>
    <message>
        <source>Handwritten paper sheets</source>
        <translation>亲笔签名的纸质表格</translation>
    </message>
    <message>
        <source>Signatures on the kiosk</source>
        <translation>在签名终端上签名</translation>
    </message>
    <message>
        <source>A list of supporters (for a Commons petition: given to the MP)</source>
        <translation>支持者名单（下议院请愿：交给议员）</translation>
    </message>
    <message>
        <source>The petition itself (councils that accept them)</source>
        <translation>请愿本身（适用于接受电子签名的市议会）</translation>
    </message>
    <message>
        <source>Keep anonymous counts after that date</source>
        <translation>该日期后保留匿名统计数字</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>完整地址</translation>
    </message>
    <message>
        <source>Postcode only</source>
        <translation>只需邮编</translation>
    </message>
    <message>
        <source>Optional email</source>
        <translation>电邮（可选）</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>不收集电邮</translation>
    </message>
    <message>
        <source>Accept addresses outside the UK</source>
        <translation>接受英国以外的地址</translation>
    </message>
    <message>
        <source>Ask whether signers live, work or study here</source>
        <translation>询问签名者是否在此居住、工作或读书</translation>
    </message>
    <message>
        <source>Petition id</source>
        <translation>请愿编号</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>致</translation>
    </message>
    <message>
        <source>Name of the council or body</source>
        <translation>议会或机构名称</translation>
    </message>
    <message>
        <source>Signatures taken on</source>
        <translation>签名收集方式</translation>
    </message>
    <message>
        <source>Kiosk signatures go into</source>
        <translation>签名终端上的签名会用于</translation>
    </message>
    <message>
        <source>Online petition address</source>
        <translation>网上请愿网址</translation>
    </message>
    <message>
        <source>Privacy notice address</source>
        <translation>隐私声明网址</translation>
    </message>
    <message>
        <source>Delete signatures after</source>
        <translation>签名删除日期</translation>
    </message>
    <message>
        <source>Campaign group</source>
        <translation>团体名称</translation>
    </message>
    <message>
        <source>Signature goal</source>
        <translation>签名目标</translation>
    </message>
    <message>
        <source>Address asked</source>
        <translation>所需地址</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电邮</translation>
    </message>
    <message>
        <source>Data controller</source>
        <translation>数据控制者</translation>
    </message>
    <message>
        <source>Controller contact</source>
        <translation>控制者联络方式</translation>
    </message>
</context>
<context>
    <name>ScanSheetsDialog</name>
    <message>
        <source>Scan returned sheets</source>
        <translation>扫描交回的签名表</translation>
    </message>
    <message>
        <source>Hold each returned sheet up with its QR code (bottom right corner) towards the camera. When its serial appears, type the number of signatures written on it and press Enter; then hold up the next sheet.</source>
        <translation>把每张交回的签名表举起来，将右下角的二维码对准摄像头。编号出现后，输入表上写的签名数量并按回车键，再举起下一张。</translation>
    </message>
    <message>
        <source>The picture being read</source>
        <translation>正在读取的画面</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>使用摄像头</translation>
    </message>
    <message>
        <source>Open photos of sheets…</source>
        <translation>打开签名表照片…</translation>
    </message>
    <message>
        <source>Scanner message</source>
        <translation>扫描提示</translation>
    </message>
    <message>
        <source>Signatures on the sheet</source>
        <translation>表格上的签名数量</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>标记为已交回</translation>
    </message>
    <message>
        <source>Skip this sheet</source>
        <translation>跳过这张表格</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>请把签名表的二维码对准摄像头。</translation>
    </message>
    <message>
        <source>Reading the pictures…</source>
        <translation>正在读取图片…</translation>
    </message>
    <message>
        <source>Photos of returned sheets</source>
        <translation>交回签名表的照片</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>Sheet %1 found. Type the number of signatures written on it, then press Enter.</source>
        <translation>已识别表格 %1。请输入表上写的签名数量，然后按回车键。</translation>
    </message>
    <message>
        <source>Sheet %1 is already marked returned, with %2 signatures. To change its count, use Correct an earlier count on the Paper sheets tab.</source>
        <translation>表格 %1 已标记为交回，共 %2 个签名。如需修改数量，请在“纸本签名表”页使用“更正先前的数目”。</translation>
    </message>
    <message>
        <source>Sheet %1 was not printed from this vault: check that it is one of this campaign&apos;s sheets.</source>
        <translation>表格 %1 不是由这个数据库打印的：请确认它是否属于本次活动的签名表。</translation>
    </message>
    <message>
        <source>That QR code is not a petition sheet code. Hold up the code printed in the sheet&apos;s bottom right corner.</source>
        <translation>这个二维码不是签名表的编码。请对准签名表右下角印的二维码。</translation>
    </message>
    <message>
        <source>More than one sheet is in view: hold up one sheet at a time.</source>
        <translation>画面里有不止一张签名表：请一次只举起一张。</translation>
    </message>
    <message>
        <source>No sheet QR code was found in that picture.</source>
        <translation>这张图片里没有找到签名表的二维码。</translation>
    </message>
    <message>
        <source>Skipped. Hold up the next sheet.</source>
        <translation>已跳过。请举起下一张。</translation>
    </message>
    <message>
        <source>Sheet %1 marked returned. Hold up the next sheet.</source>
        <translation>表格 %1 已标记为交回。请举起下一张。</translation>
    </message>
    <message>
        <source>Sheets marked returned in this scan: %1</source>
        <translation>本次扫描已标记交回的表格：%1</translation>
    </message>
    <message>
        <source>All the pictures have been read.</source>
        <translation>所有图片都已读取。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <source>Correct an earlier count</source>
        <translation>更正先前的数目</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>标记为已交回</translation>
    </message>
    <message>
        <source>Scan returned sheets…</source>
        <translation>扫描交回的签名表…</translation>
    </message>
    <message>
        <source>Printed sheets</source>
        <translation>已打印的签名表</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Paper signatures</source>
        <translation>纸本签名</translation>
    </message>
    <message>
        <source>Sheet serial (typed or scanned)</source>
        <translation>表格编号（输入或扫描）</translation>
    </message>
    <message>
        <source>Signatures on the sheet</source>
        <translation>表格上的签名数目</translation>
    </message>
    <message>
        <source>Scanning sheets needs the camera extra, which is not installed on this laptop: pip install &apos;stallapp[camera]&apos;. Type the serials instead.</source>
        <translation>扫描签名表需要 camera 扩展，这台笔记本电脑尚未安装：pip install &apos;stallapp[camera]&apos;。请改为手动输入编号。</translation>
    </message>
    <message>
        <source>Sheet %1 marked returned.</source>
        <translation>表格 %1 已标记为交回。</translation>
    </message>
    <message>
        <source>Printed: %1 · back: %2 · out: %3 · missing: %4</source>
        <translation>已打印：%1 · 已交回：%2 · 未交回：%3 · 遗失：%4</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh-Hans">
<context>
    <name>BundlePanel</name>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="47" />
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="50" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="48" />
        <source>Leave out street address lines (keep postcodes)</source>
        <translation>不列出街道地址（保留邮编）</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="51" />
        <source>Write bundle</source>
        <translation>制作提交文件</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="56" />
        <source>Recipient (MP or council)</source>
        <translation>收件人（国会议员或议会）</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="57" />
        <source>Only this constituency</source>
        <translation>只限此选区</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="61" />
        <source>Postcode lookup (CSV)</source>
        <translation>邮编对照表（CSV）</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="66" />
        <source>Empty output folder</source>
        <translation>空白的输出文件夹</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="70" />
        <source>A bundle lists electronic signatures for a council or an MP. It is not a House of Commons paper petition.</source>
        <translation>提交文件列出交给议会或国会议员的电子签名，并非下议院纸本请愿。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="87" />
        <source>Postcode lookup</source>
        <translation>邮编对照表</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="87" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="93" />
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="110" />
        <source>Choose an empty folder for the bundle.</source>
        <translation>请为提交文件选择一个空白文件夹。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="116" />
        <source>To choose a constituency, give a postcode lookup file too.</source>
        <translation>如要选择选区，请同时提供邮编对照表。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="136" />
        <source>Writing the bundle…</source>
        <translation>正在制作提交文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="164" />
        <source>Wrote %n signature(s) to the folder.</source>
        <translation><numerusform>已把 %n 个签名写入文件夹。</numerusform></translation>
    </message>
</context>
<context>
    <name>BundleWorker</name>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_worker.py" line="36" />
        <source>A file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_worker.py" line="40" />
        <source>The bundle failed unexpectedly (%1).</source>
        <translation>制作提交文件时发生意外错误（%1）。</translation>
    </message>
</context>
<context>
    <name>LanguageTextsEditor</name>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="32" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="33" />
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="34" />
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="57" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="58" />
        <source>Who the petitioners are</source>
        <translation>请愿人是谁</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="59" />
        <source>Declares that (the petition's text)</source>
        <translation>声明（请愿内容）</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="60" />
        <source>The request (prayer)</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="61" />
        <source>Privacy notice</source>
        <translation>隐私声明</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="62" />
        <source>Consent statement</source>
        <translation>同意声明</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="63" />
        <source>Optional contact consent</source>
        <translation>可选的联络同意</translation>
    </message>
</context>
<context>
    <name>OrganiserScreen</name>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="70" />
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="71" />
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="83" />
        <source>Print sheets…</source>
        <translation>打印请愿表格…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="87" />
        <source>Poster (full page)</source>
        <translation>海报（整页）</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="88" />
        <source>A5 flyer</source>
        <translation>A5 传单</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="89" />
        <source>A6 cards, four to a page</source>
        <translation>A6 小卡（每页四张）</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="93" />
        <source>Poster or flyer…</source>
        <translation>海报或传单…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="101" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="103" />
        <source>Top sheet preview</source>
        <translation>首页预览</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="152" />
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="153" />
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="154" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="158" />
        <source>%1: no %2 translation.</source>
        <translation>%1：缺少%2翻译。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="164" />
        <source>%1 (%2): these characters would print as boxes: %3</source>
        <translation>%1（%2）：这些字符会印成方格：%3</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="171" />
        <source>The request must be to the House of Commons: start it with “The petitioners therefore request that the House of Commons”.</source>
        <translation>请求必须向下议院提出：请以 “The petitioners therefore request that the House of Commons” 开头。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="175" />
        <source>Councils usually require signers to live, work or study in the area.</source>
        <translation>议会通常要求签名者在该区居住、工作或读书。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="177" />
        <source>No online petition address: posters and flyers cannot be printed.</source>
        <translation>没有网上请愿网址：无法打印海报和传单。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="186" />
        <source>Incomplete: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="187" />
        <source>The preview appears once the petition is complete.</source>
        <translation>请愿资料完整后便会显示预览。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="199" />
        <source>No warnings: the petition is complete.</source>
        <translation>没有警告：请愿资料完整。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="238" />
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="246" />
        <source>Open a petition</source>
        <translation>打开请愿</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="246" />
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="253" />
        <source>Petition files (*.toml)</source>
        <translation>请愿文件 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="253" />
        <source>Save the petition</source>
        <translation>保存请愿</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="274" />
        <source>Petition sheets</source>
        <translation>请愿表格</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="290" />
        <source>Poster or flyer</source>
        <translation>海报或传单</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="61" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="62" />
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="101" />
        <source>%n page(s)</source>
        <translation><numerusform>%n 页</numerusform></translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="116" />
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="137" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="145" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="145" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="154" />
        <source>The PDF could not be saved: %1</source>
        <translation>无法保存 PDF：%1</translation>
    </message>
</context>
<context>
    <name>PetitionForm</name>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="30" />
        <source>House of Commons (paper petition)</source>
        <translation>下议院（纸本请愿）</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="31" />
        <source>A council</source>
        <translation>地方议会</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="32" />
        <source>Scottish Parliament</source>
        <translation>苏格兰议会</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="33" />
        <source>A letter of support</source>
        <translation>支持信</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="47" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="50" />
        <source>Full address</source>
        <translation>完整地址</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="51" />
        <source>Postcode only</source>
        <translation>只需邮编</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="56" />
        <source>Optional email</source>
        <translation>电邮（可选）</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="56" />
        <source>No email</source>
        <translation>不收集电邮</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="59" />
        <source>Accept addresses outside the UK</source>
        <translation>接受英国以外的地址</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="60" />
        <source>Ask whether signers live, work or study here</source>
        <translation>询问签名者是否在此居住、工作或读书</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="64" />
        <source>Petition id</source>
        <translation>请愿编号</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="65" />
        <source>Addressed to</source>
        <translation>致</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="66" />
        <source>Name of the council or body</source>
        <translation>议会或机构名称</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="67" />
        <source>Online petition address</source>
        <translation>网上请愿网址</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="68" />
        <source>Delete signatures after</source>
        <translation>签名删除日期</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="69" />
        <source>Campaign group</source>
        <translation>团体名称</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="70" />
        <source>Signature goal</source>
        <translation>签名目标</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="71" />
        <source>Address asked</source>
        <translation>所需地址</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="72" />
        <source>Email</source>
        <translation>电邮</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="75" />
        <source>Data controller</source>
        <translation>数据控制者</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="76" />
        <source>Controller contact</source>
        <translation>控制者联络方式</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="35" />
        <source>Correct an earlier count</source>
        <translation>更正先前的数目</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="36" />
        <source>Mark returned</source>
        <translation>标记为已交回</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="41" />
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="46" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="41" />
        <source>Paper signatures</source>
        <translation>纸本签名</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="44" />
        <source>Sheet serial (typed or scanned)</source>
        <translation>表格编号（输入或扫描）</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="45" />
        <source>Signatures on the sheet</source>
        <translation>表格上的签名数目</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="70" />
        <source>Sheet %1 marked returned.</source>
        <translation>表格 %1 已标记为交回。</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="79" />
        <source>Printed: %1 · back: %2 · out: %3 · missing: %4</source>
        <translation>已打印：%1 · 已交回：%2 · 未交回：%3 · 遗失：%4</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BundlePanel</name>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="47" />
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="50" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="48" />
        <source>Leave out street address lines (keep postcodes)</source>
        <translation>Leave out street address lines (keep postcodes)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="51" />
        <source>Write bundle</source>
        <translation>Write bundle</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="56" />
        <source>Recipient (MP or council)</source>
        <translation>Recipient (MP or council)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="57" />
        <source>Only this constituency</source>
        <translation>Only this constituency</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="61" />
        <source>Postcode lookup (CSV)</source>
        <translation>Postcode lookup (CSV)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="66" />
        <source>Empty output folder</source>
        <translation>Empty output folder</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="70" />
        <source>A bundle lists electronic signatures for a council or an MP. It is not a House of Commons paper petition.</source>
        <translation>A bundle lists electronic signatures for a council or an MP. It is not a House of Commons paper petition.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="87" />
        <source>Postcode lookup</source>
        <translation>Postcode lookup</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="87" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="93" />
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="110" />
        <source>Choose an empty folder for the bundle.</source>
        <translation>Choose an empty folder for the bundle.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="116" />
        <source>To choose a constituency, give a postcode lookup file too.</source>
        <translation>To choose a constituency, give a postcode lookup file too.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="136" />
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stallapp/ui/printing/bundle_panel.py" line="164" />
        <source>Wrote %n signature(s) to the folder.</source>
        <translation><numerusform>Wrote %n signature to the folder.</numerusform><numerusform>Wrote %n signatures to the folder.</numerusform></translation>
    </message>
</context>
<context>
    <name>BundleWorker</name>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_worker.py" line="36" />
        <source>A file could not be written: %1</source>
        <translation>A file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/bundle_worker.py" line="40" />
        <source>The bundle failed unexpectedly (%1).</source>
        <translation>The bundle failed unexpectedly (%1).</translation>
    </message>
</context>
<context>
    <name>LanguageTextsEditor</name>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="32" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="33" />
        <source>Traditional Chinese</source>
        <translation>Traditional Chinese</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="34" />
        <source>Simplified Chinese</source>
        <translation>Simplified Chinese</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="57" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="58" />
        <source>Who the petitioners are</source>
        <translation>Who the petitioners are</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="59" />
        <source>Declares that (the petition's text)</source>
        <translation>Declares that (the petition's text)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="60" />
        <source>The request (prayer)</source>
        <translation>The request (prayer)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="61" />
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="62" />
        <source>Consent statement</source>
        <translation>Consent statement</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/texts_editor.py" line="63" />
        <source>Optional contact consent</source>
        <translation>Optional contact consent</translation>
    </message>
</context>
<context>
    <name>OrganiserScreen</name>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="70" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="71" />
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="83" />
        <source>Print sheets…</source>
        <translation>Print sheets…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="87" />
        <source>Poster (full page)</source>
        <translation>Poster (full page)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="88" />
        <source>A5 flyer</source>
        <translation>A5 flyer</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="89" />
        <source>A6 cards, four to a page</source>
        <translation>A6 cards, four to a page</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="93" />
        <source>Poster or flyer…</source>
        <translation>Poster or flyer…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="101" />
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="103" />
        <source>Top sheet preview</source>
        <translation>Top sheet preview</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="152" />
        <source>Traditional Chinese</source>
        <translation>Traditional Chinese</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="153" />
        <source>Simplified Chinese</source>
        <translation>Simplified Chinese</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="154" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="158" />
        <source>%1: no %2 translation.</source>
        <translation>%1: no %2 translation.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="164" />
        <source>%1 (%2): these characters would print as boxes: %3</source>
        <translation>%1 (%2): these characters would print as boxes: %3</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="171" />
        <source>The request must be to the House of Commons: start it with “The petitioners therefore request that the House of Commons”.</source>
        <translation>The request must be to the House of Commons: start it with “The petitioners therefore request that the House of Commons”.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="175" />
        <source>Councils usually require signers to live, work or study in the area.</source>
        <translation>Councils usually require signers to live, work or study in the area.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="177" />
        <source>No online petition address: posters and flyers cannot be printed.</source>
        <translation>No online petition address: posters and flyers cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="186" />
        <source>Incomplete: %1</source>
        <translation>Incomplete: %1</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="187" />
        <source>The preview appears once the petition is complete.</source>
        <translation>The preview appears once the petition is complete.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="199" />
        <source>No warnings: the petition is complete.</source>
        <translation>No warnings: the petition is complete.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="238" />
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="246" />
        <source>Open a petition</source>
        <translation>Open a petition</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="246" />
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="253" />
        <source>Petition files (*.toml)</source>
        <translation>Petition files (*.toml)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="253" />
        <source>Save the petition</source>
        <translation>Save the petition</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="274" />
        <source>Petition sheets</source>
        <translation>Petition sheets</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/organiser_screen.py" line="290" />
        <source>Poster or flyer</source>
        <translation>Poster or flyer</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="61" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="62" />
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="101" />
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="116" />
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="137" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="145" />
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="145" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/pdf_preview.py" line="154" />
        <source>The PDF could not be saved: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>PetitionForm</name>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="30" />
        <source>House of Commons (paper petition)</source>
        <translation>House of Commons (paper petition)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="31" />
        <source>A council</source>
        <translation>A council</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="32" />
        <source>Scottish Parliament</source>
        <translation>Scottish Parliament</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="33" />
        <source>A letter of support</source>
        <translation>A letter of support</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="47" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="50" />
        <source>Full address</source>
        <translation>Full address</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="51" />
        <source>Postcode only</source>
        <translation>Postcode only</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="56" />
        <source>Optional email</source>
        <translation>Optional email</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="56" />
        <source>No email</source>
        <translation>No email</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="59" />
        <source>Accept addresses outside the UK</source>
        <translation>Accept addresses outside the UK</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="60" />
        <source>Ask whether signers live, work or study here</source>
        <translation>Ask whether signers live, work or study here</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="64" />
        <source>Petition id</source>
        <translation>Petition id</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="65" />
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="66" />
        <source>Name of the council or body</source>
        <translation>Name of the council or body</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="67" />
        <source>Online petition address</source>
        <translation>Online petition address</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="68" />
        <source>Delete signatures after</source>
        <translation>Delete signatures after</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="69" />
        <source>Campaign group</source>
        <translation>Campaign group</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="70" />
        <source>Signature goal</source>
        <translation>Signature goal</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="71" />
        <source>Address asked</source>
        <translation>Address asked</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="72" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="75" />
        <source>Data controller</source>
        <translation>Data controller</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/organiser/petition_form.py" line="76" />
        <source>Controller contact</source>
        <translation>Controller contact</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="35" />
        <source>Correct an earlier count</source>
        <translation>Correct an earlier count</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="36" />
        <source>Mark returned</source>
        <translation>Mark returned</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="41" />
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="46" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="41" />
        <source>Paper signatures</source>
        <translation>Paper signatures</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="44" />
        <source>Sheet serial (typed or scanned)</source>
        <translation>Sheet serial (typed or scanned)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="45" />
        <source>Signatures on the sheet</source>
        <translation>Signatures on the sheet</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="70" />
        <source>Sheet %1 marked returned.</source>
        <translation>Sheet %1 marked returned.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/printing/sheets_panel.py" line="79" />
        <source>Printed: %1 · back: %2 · out: %3 · missing: %4</source>
        <translation>Printed: %1 · back: %2 · out: %3 · missing: %4</translation>
    </message>
</context>
</TS>
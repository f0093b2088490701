<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BundlePanel</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Leave out street address lines (keep postcodes)</source>
        <translation>Leave out street address lines (keep postcodes)</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>Write bundle</translation>
    </message>
    <message>
        <source>Recipient (MP or council)</source>
        <translation>Recipient (MP or council)</translation>
    </message>
    <message>
        <source>Only this constituency</source>
        <translation>Only this constituency</translation>
    </message>
    <message>
        <source>Postcode lookup (CSV)</source>
        <translation>Postcode lookup (CSV)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Area names (CSV, optional)</source>
        <translation>Area names (CSV, optional)</translation>
    </message>
    <message>
        <source>Empty output folder</source>
        <translation>Empty output folder</translation>
    </message>
    <message>
        <source>Area names (CSV)</source>
        <translation>Area names (CSV)</translation>
    </message>
    <message>
        <source>A bundle lists electronic signatures for a council or an MP. It is not a House of Commons paper petition.</source>
        <translation>A bundle lists electronic signatures for a council or an MP. It is not a House of Commons paper petition.</translation>
    </message>
    <message>
        <source>Postcode lookup</source>
        <translation>Postcode lookup</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Area names and codes</source>
        <translation>Area names and codes</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <source>Choose an empty folder for the bundle.</source>
        <translation>Choose an empty folder for the bundle.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n signature(s) to the folder.</source>
        <translation>
            <numerusform>Wrote %n signature to the folder.</numerusform>
            <numerusform>Wrote %n signatures to the folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CameraFrameSource</name>
    <message>
        <source>Camera support is not installed (the camera extra: pip install &apos;stallapp[camera]&apos;). You can open photos of the sheets instead.</source>
        <translation>Camera support is not installed (the camera extra: pip install &apos;stallapp[camera]&apos;). You can open photos of the sheets instead.</translation>
    </message>
    <message>
        <source>No camera was found. Plug one in, or open photos of the sheets instead.</source>
        <translation>No camera was found. Plug one in, or open photos of the sheets instead.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
    <message>
        <source>The camera could not be used. Close any other program using it and try again, or open photos of the sheets instead.</source>
        <translation>The camera could not be used. Close any other program using it and try again, or open photos of the sheets instead.</translation>
    </message>
</context>
<context>
    <name>ImageFrameSource</name>
    <message>
        <source>That file is not a picture that can be read.</source>
        <translation>That file is not a picture that can be read.</translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>LanguageTextsEditor</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>Traditional Chinese</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Simplified Chinese</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Who the petitioners are</source>
        <translation>Who the petitioners are</translation>
    </message>
    <message>
        <source>Declares that (the petition&apos;s text)</source>
        <translation>Declares that (the petition&apos;s text)</translation>
    </message>
    <message>
        <source>The request (prayer)</source>
        <translation>The request (prayer)</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Consent statement</source>
        <translation>Consent statement</translation>
    </message>
    <message>
        <source>Optional contact consent</source>
        <translation>Optional contact consent</translation>
    </message>
</context>
<context>
    <name>OrganiserPage</name>
    <message>
        <source>Organiser tools</source>
        <translation>Organiser tools</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Petition and printing</source>
        <translation>Petition and printing</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>Paper sheets</translation>
    </message>
    <message>
        <source>Submission bundle</source>
        <translation>Submission bundle</translation>
    </message>
    <message>
        <source>Add a petition first: bundles are made per petition.</source>
        <translation>Add a petition first: bundles are made per petition.</translation>
    </message>
</context>
<context>
    <name>OrganiserScreen</name>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Number of sheets</source>
        <translation>Number of sheets</translation>
    </message>
    <message>
        <source>Print sheets…</source>
        <translation>Print sheets…</translation>
    </message>
    <message>
        <source>Poster (full page)</source>
        <translation>Poster (full page)</translation>
    </message>
    <message>
        <source>A5 flyer</source>
        <translation>A5 flyer</translation>
    </message>
    <message>
        <source>A6 cards, four to a page</source>
        <translation>A6 cards, four to a page</translation>
    </message>
    <message>
        <source>Poster or flyer…</source>
        <translation>Poster or flyer…</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Top sheet preview</source>
        <translation>Top sheet preview</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>Traditional Chinese</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Simplified Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>%1: no %2 translation.</source>
        <translation>%1: no %2 translation.</translation>
    </message>
    <message>
        <source>%1 (%2): these characters would print as boxes: %3</source>
        <translation>%1 (%2): these characters would print as boxes: %3</translation>
    </message>
    <message>
        <source>Prayer (%1): its opening is in a form stallapp does not recognise and could print twice. Start with “The petitioners therefore request that the House of Commons”, “… urge the House of Commons to”, “Wherefore your petitioners pray”, or write only the request.</source>
        <translation>Prayer (%1): its opening is in a form stallapp does not recognise and could print twice. Start with “The petitioners therefore request that the House of Commons”, “… urge the House of Commons to”, “Wherefore your petitioners pray”, or write only the request.</translation>
    </message>
    <message>
        <source>Prayer (%1): it asks no one in the House. A Commons prayer asks the House of Commons (which may urge the Government).</source>
        <translation>Prayer (%1): it asks no one in the House. A Commons prayer asks the House of Commons (which may urge the Government).</translation>
    </message>
    <message>
        <source>Consent statement (%1): it says kiosk signatures go into the petition, but a House of Commons petition accepts only handwritten signatures on paper. Say they go into a list of supporters given to the MP.</source>
        <translation>Consent statement (%1): it says kiosk signatures go into the petition, but a House of Commons petition accepts only handwritten signatures on paper. Say they go into a list of supporters given to the MP.</translation>
    </message>
    <message>
        <source>the lawful basis (explicit consent, because signing shows a political opinion)</source>
        <translation>the lawful basis (explicit consent, because signing shows a political opinion)</translation>
    </message>
    <message>
        <source>who receives the data</source>
        <translation>who receives the data</translation>
    </message>
    <message>
        <source>how long it is kept</source>
        <translation>how long it is kept</translation>
    </message>
    <message>
        <source>how to withdraw</source>
        <translation>how to withdraw</translation>
    </message>
    <message>
        <source>the right to a copy of one&apos;s data</source>
        <translation>the right to a copy of one&apos;s data</translation>
    </message>
    <message>
        <source>the right to complain to the ICO</source>
        <translation>the right to complain to the ICO</translation>
    </message>
    <message>
        <source>Privacy notice (%1) does not say %2.</source>
        <translation>Privacy notice (%1) does not say %2.</translation>
    </message>
    <message>
        <source>Councils usually require signers to live, work or study in the area.</source>
        <translation>Councils usually require signers to live, work or study in the area.</translation>
    </message>
    <message>
        <source>A council petition must name its organiser with contact details, printed on every sheet.</source>
        <translation>A council petition must name its organiser with contact details, printed on every sheet.</translation>
    </message>
    <message>
        <source>No online petition address: posters and flyers cannot be printed.</source>
        <translation>No online petition address: posters and flyers cannot be printed.</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Incomplete: %1</translation>
    </message>
    <message>
        <source>The preview appears once the petition is complete.</source>
        <translation>The preview appears once the petition is complete.</translation>
    </message>
    <message>
        <source>No warnings: the petition is complete.</source>
        <translation>No warnings: the petition is complete.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <source>Open a petition</source>
        <translation>Open a petition</translation>
    </message>
    <message>
        <source>Petition files (*.toml)</source>
        <translation>Petition files (*.toml)</translation>
    </message>
    <message>
        <source>Save the petition</source>
        <translation>Save the petition</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) printed and registered.</source>
        <translation>
            <numerusform>%n sheet printed and registered.</numerusform>
            <numerusform>%n sheets printed and registered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Petition sheets</source>
        <translation>Petition sheets</translation>
    </message>
    <message>
        <source>Printing the sheets…</source>
        <translation>Printing the sheets…</translation>
    </message>
    <message>
        <source>Poster or flyer</source>
        <translation>Poster or flyer</translation>
    </message>
    <message>
        <source>Drawing the poster or flyer…</source>
        <translation>Drawing the poster or flyer…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Drawing the pages…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PetitionForm</name>
    <message>
        <source>House of Commons (paper petition)</source>
        <translation>House of Commons (paper petition)</translation>
    </message>
    <message>
        <source>A council</source>
        <translation>A council</translation>
    </message>
    <message>
        <source>A letter of support</source>
        <translation>A letter of support</translation>
    </message>
    <message>
        <source>Scottish Parliament: stallapp does not collect for it. That Parliament takes petitions only through its own website, and only on devolved national matters. A sister-city tie is for the council: for Edinburgh, Glasgow or Perth, choose “A council” and give the council&apos;s name.</source>
        <translation>Scottish Parliament: stallapp does not collect for it. That Parliament takes petitions only through its own website, and only on devolved national matters. A sister-city tie is for the council: for Edinburgh, Glasgow or Perth, choose “A council” and give the council&apos;s name.</translation>
    </message>
    <message>
        <source>Handwritten paper sheets</source>
        <translation>Handwritten paper sheets</translation>
    </message>
    <message>
        <source>Signatures on the kiosk</source>
        <translation>Signatures on the kiosk</translation>
    </message>
    <message>
        <source>A list of supporters (for a Commons petition: given to the MP)</source>
        <translation>A list of supporters (for a Commons petition: given to the MP)</translation>
    </message>
    <message>
        <source>The petition itself (councils that accept them)</source>
        <translation>The petition itself (councils that accept them)</translation>
    </message>
    <message>
        <source>Keep anonymous counts after that date</source>
        <translation>Keep anonymous counts after that date</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Full address</translation>
    </message>
    <message>
        <source>Postcode only</source>
        <translation>Postcode only</translation>
    </message>
    <message>
        <source>Optional email</source>
        <translation>Optional email</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>No email</translation>
    </message>
    <message>
        <source>Accept addresses outside the UK</source>
        <translation>Accept addresses outside the UK</translation>
    </message>
    <message>
        <source>Ask whether signers live, work or study here</source>
        <translation>Ask whether signers live, work or study here</translation>
    </message>
    <message>
        <source>Petition id</source>
        <translation>Petition id</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Name of the council or body</source>
        <translation>Name of the council or body</translation>
    </message>
    <message>
        <source>Signatures taken on</source>
        <translation>Signatures taken on</translation>
    </message>
    <message>
        <source>Kiosk signatures go into</source>
        <translation>Kiosk signatures go into</translation>
    </message>
    <message>
        <source>Online petition address</source>
        <translation>Online petition address</translation>
    </message>
    <message>
        <source>Privacy notice address</source>
        <translation>Privacy notice address</translation>
    </message>
    <message>
        <source>Delete signatures after</source>
        <translation>Delete signatures after</translation>
    </message>
    <message>
        <source>Campaign group</source>
        <translation>Campaign group</translation>
    </message>
    <message>
        <source>Signature goal</source>
        <translation>Signature goal</translation>
    </message>
    <message>
        <source>Address asked</source>
        <translation>Address asked</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Data controller</source>
        <translation>Data controller</translation>
    </message>
    <message>
        <source>Controller contact</source>
        <translation>Controller contact</translation>
    </message>
</context>
<context>
    <name>ScanSheetsDialog</name>
    <message>
        <source>Scan returned sheets</source>
        <translation>Scan returned sheets</translation>
    </message>
    <message>
        <source>Hold each returned sheet up with its QR code (bottom right corner) towards the camera. When its serial appears, type the number of signatures written on it and press Enter; then hold up the next sheet.</source>
        <translation>Hold each returned sheet up with its QR code (bottom right corner) towards the camera. When its serial appears, type the number of signatures written on it and press Enter; then hold up the next sheet.</translation>
    </message>
    <message>
        <source>The picture being read</source>
        <translation>The picture being read</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Use the camera</translation>
    </message>
    <message>
        <source>Open photos of sheets…</source>
        <translation>Open photos of sheets…</translation>
    </message>
    <message>
        <source>Scanner message</source>
        <translation>Scanner message</translation>
    </message>
    <message>
        <source>Signatures on the sheet</source>
        <translation>Signatures on the sheet</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>Mark returned</translation>
    </message>
    <message>
        <source>Skip this sheet</source>
        <translation>Skip this sheet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Hold a sheet&apos;s QR code up to the camera.</source>
        <translation>Hold a sheet&apos;s QR code up to the camera.</translation>
    </message>
    <message>
        <source>Reading the pictures…</source>
        <translation>Reading the pictures…</translation>
    </message>
    <message>
        <source>Photos of returned sheets</source>
        <translation>Photos of returned sheets</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 rows)</translation>
    </message>
    <message>
        <source>Sheet %1 found. Type the number of signatures written on it, then press Enter.</source>
        <translation>Sheet %1 found. Type the number of signatures written on it, then press Enter.</translation>
    </message>
    <message>
        <source>Sheet %1 is already marked returned, with %2 signatures. To change its count, use Correct an earlier count on the Paper sheets tab.</source>
        <translation>Sheet %1 is already marked returned, with %2 signatures. To change its count, use Correct an earlier count on the Paper sheets tab.</translation>
    </message>
    <message>
        <source>Sheet %1 was not printed from this vault: check that it is one of this campaign&apos;s sheets.</source>
        <translation>Sheet %1 was not printed from this vault: check that it is one of this campaign&apos;s sheets.</translation>
    </message>
    <message>
        <source>That QR code is not a petition sheet code. Hold up the code printed in the sheet&apos;s bottom right corner.</source>
        <translation>That QR code is not a petition sheet code. Hold up the code printed in the sheet&apos;s bottom right corner.</translation>
    </message>
    <message>
        <source>More than one sheet is in view: hold up one sheet at a time.</source>
        <translation>More than one sheet is in view: hold up one sheet at a time.</translation>
    </message>
    <message>
        <source>No sheet QR code was found in that picture.</source>
        <translation>No sheet QR code was found in that picture.</translation>
    </message>
    <message>
        <source>Skipped. Hold up the next sheet.</source>
        <translation>Skipped. Hold up the next sheet.</translation>
    </message>
    <message>
        <source>Sheet %1 marked returned. Hold up the next sheet.</source>
        <translation>Sheet %1 marked returned. Hold up the next sheet.</translation>
    </message>
    <message>
        <source>Sheets marked returned in this scan: %1</source>
        <translation>Sheets marked returned in this scan: %1</translation>
    </message>
    <message>
        <source>All the pictures have been read.</source>
        <translation>All the pictures have been read.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>SheetsPanel</name>
    <message>
        <source>Correct an earlier count</source>
        <translation>Correct an earlier count</translation>
    </message>
    <message>
        <source>Mark returned</source>
        <translation>Mark returned</translation>
    </message>
    <message>
        <source>Scan returned sheets…</source>
        <translation>Scan returned sheets…</translation>
    </message>
    <message>
        <source>Printed sheets</source>
        <translation>Printed sheets</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Paper signatures</source>
        <translation>Paper signatures</translation>
    </message>
    <message>
        <source>Sheet serial (typed or scanned)</source>
        <translation>Sheet serial (typed or scanned)</translation>
    </message>
    <message>
        <source>Signatures on the sheet</source>
        <translation>Signatures on the sheet</translation>
    </message>
    <message>
        <source>Scanning sheets needs the camera extra, which is not installed on this laptop: pip install &apos;stallapp[camera]&apos;. Type the serials instead.</source>
        <translation>Scanning sheets needs the camera extra, which is not installed on this laptop: pip install &apos;stallapp[camera]&apos;. Type the serials instead.</translation>
    </message>
    <message>
        <source>Sheet %1 marked returned.</source>
        <translation>Sheet %1 marked returned.</translation>
    </message>
    <message>
        <source>Printed: %1 · back: %2 · out: %3 · missing: %4</source>
        <translation>Printed: %1 · back: %2 · out: %3 · missing: %4</translation>
    </message>
</context>
</TS>

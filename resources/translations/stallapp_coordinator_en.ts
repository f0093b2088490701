<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AreaCountsPanel</name>
    <message>
        <source>People by constituency or ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ONS postcode directory (NSPL or ONSPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and codes files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode directory: %1; %2 names file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other areas, kept together (fewer than 5 people each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the postcode directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No signatures yet</source>
        <translation>No signatures yet</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Organiser tools</source>
        <translation>Organiser tools</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <source>People by</source>
        <translation>People by</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Stall device</source>
        <translation>Stall device</translation>
    </message>
    <message>
        <source>Stall event</source>
        <translation>Stall event</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n batch(es) from %1 (%2): %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stall devices</source>
        <translation>Stall devices</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Choose batch files</source>
        <translation>Choose batch files</translation>
    </message>
    <message>
        <source>Sealed batches (*.stallbatch)</source>
        <translation>Sealed batches (*.stallbatch)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelling after the current file…</translation>
    </message>
    <message>
        <source>Cancelled after %1 file(s).</source>
        <translation>Cancelled after %1 file(s).</translation>
    </message>
    <message>
        <source>Done: %1 file(s) handled.</source>
        <translation>Done: %1 file(s) handled.</translation>
    </message>
    <message>
        <source>Set aside as forks: %1 batch(es); see &apos;stallapp batch quarantine&apos;.</source>
        <translation>Set aside as forks: %1 batch(es); see &apos;stallapp batch quarantine&apos;.</translation>
    </message>
</context>
<context>
    <name>CountsBox</name>
    <message>
        <source>Counts</source>
        <translation type="unfinished">Counts</translation>
    </message>
    <message>
        <source>People (each counted once)</source>
        <translation type="unfinished">People (each counted once)</translation>
    </message>
    <message>
        <source>Signatures received</source>
        <translation type="unfinished">Signatures received</translation>
    </message>
    <message>
        <source>Duplicates found</source>
        <translation type="unfinished">Duplicates found</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation type="unfinished">On paper</translation>
    </message>
    <message>
        <source>At the kiosk</source>
        <translation type="unfinished">At the kiosk</translation>
    </message>
    <message>
        <source>Progress to target</source>
        <translation type="unfinished">Progress to target</translation>
    </message>
    <message>
        <source>Of which %1 people (%2 signatures) from before the purge: kept counts, no personal data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceEnrolDialog</name>
    <message>
        <source>Check the stall device&apos;s fingerprint</source>
        <translation>Check the stall device&apos;s fingerprint</translation>
    </message>
    <message>
        <source>Compare these digits (or scan the code) with the stall device&apos;s screen, in person. Only enrol it if every digit matches.</source>
        <translation>Compare these digits (or scan the code) with the stall device&apos;s screen, in person. Only enrol it if every digit matches.</translation>
    </message>
    <message>
        <source>Device: %1 (%2)</source>
        <translation>Device: %1 (%2)</translation>
    </message>
    <message>
        <source>They match: enrol this device</source>
        <translation>They match: enrol this device</translation>
    </message>
    <message>
        <source>They differ: cancel</source>
        <translation>They differ: cancel</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Enrolled stall devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a stall device…</source>
        <translation>Enrol a stall device…</translation>
    </message>
    <message>
        <source>Revoke a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>Choose a device card</source>
        <translation>Choose a device card</translation>
    </message>
    <message>
        <source>Device cards (*.card);;All (*)</source>
        <translation>Device cards (*.card);;All (*)</translation>
    </message>
    <message>
        <source>Not enrolled: the fingerprints were not confirmed.</source>
        <translation>Not enrolled: the fingerprints were not confirmed.</translation>
    </message>
    <message>
        <source>Enrolled %1.</source>
        <translation>Enrolled %1.</translation>
    </message>
    <message>
        <source>%1 was enrolled already.</source>
        <translation>%1 was enrolled already.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop batch files or a folder here</source>
        <translation>Drop batch files or a folder here</translation>
    </message>
</context>
<context>
    <name>EpetitionPanel</name>
    <message>
        <source>The council&apos;s own e-petition count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures its page shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No council e-petition count entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 on %2, shown apart and never added to ours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message>
        <source>Import sealed batches</source>
        <translation type="unfinished">Import sealed batches</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation type="unfinished">Choose files…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLines</name>
    <message numerus="yes">
        <source>%1: imported, %n signature(s)</source>
        <translation>
            <numerusform>%1: imported, %n signature</numerusform>
            <numerusform>%1: imported, %n signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n matched people counted before</source>
        <translation>
            <numerusform>, %n matched people counted before</numerusform>
            <numerusform>, %n matched people counted before</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set aside (quarantined) by the coordinator earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set aside (quarantined); it waits for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set aside (quarantined): it does not follow its device&apos;s earlier batches; decide in the Quarantine tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: the file is too large to be a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: the file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: it holds a petition past its retention date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: record %2 breaks a rule for the field “%3”; nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: this file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: the batch is damaged, or was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: this is not a sealed stallapp batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: it cannot be opened: damaged, or sealed for another coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: its device is not enrolled here; enrol it after checking its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: its device was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: the batch&apos;s device does not match its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: a rehearsal batch never enters a real vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: a real batch does not go into a rehearsal vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: it was not sealed for this coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to the area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NearMatchPanel</name>
    <message>
        <source>Same person: merge</source>
        <translation>Same person: merge</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Different people</translation>
    </message>
    <message>
        <source>Possible duplicates to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2%3 (%n signature(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Near matches to review: %1</source>
        <translation>Near matches to review: %1</translation>
    </message>
    <message>
        <source>same name apart from spacing</source>
        <translation>same name apart from spacing</translation>
    </message>
    <message>
        <source>same name and postcode, different email</source>
        <translation>same name and postcode, different email</translation>
    </message>
    <message>
        <source>similar to a merged person</source>
        <translation>similar to a merged person</translation>
    </message>
    <message>
        <source>same name in Chinese and in romanised form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name in Chinese and in romanised form, with an extra given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name in Traditional and Simplified characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name, same postcode area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name in another romanised spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name (%1%), same postcode</source>
        <translation>similar name (%1%), same postcode</translation>
    </message>
    <message>
        <source>similar spelling (%1%), same postcode area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <source>Export the campaign pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign pack for the stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack carries the petition wording, your key for the sealed batches and the campaign&apos;s recovery key, signed by you. Give the file to each stall; the volunteer compares the fingerprint below with this screen, in person, before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save campaign pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the campaign pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the campaign pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign pack saved. At each stall, check in person that the volunteer&apos;s screen shows this fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRightsPanel</name>
    <message>
        <source>Find a signer by name and postcode (paper or kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase all their signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4 signature(s), %5 on paper, %6 at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the signer&apos;s name and postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person, then export or erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one with that name and postcode is in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase all %1 signature(s) of this person for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation type="unfinished">Nothing was erased.</translation>
    </message>
    <message>
        <source>Erased %1 signature(s).</source>
        <translation type="unfinished">Erased %1 signature(s).</translation>
    </message>
    <message>
        <source>Wrote %1 files for them. Give them to the signer only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <source>Batches set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the batch set aside, e.g. the stall&apos;s vault was restored</source>
        <translation>Reason for the batch set aside, e.g. the stall&apos;s vault was restored</translation>
    </message>
    <message>
        <source>Accept this batch</source>
        <translation>Accept this batch</translation>
    </message>
    <message>
        <source>Set this batch aside</source>
        <translation>Set this batch aside</translation>
    </message>
    <message>
        <source>Waiting: batch %1 from %2 (%3): %4 record(s), received %5</source>
        <translation>Waiting: batch %1 from %2 (%3): %4 record(s), received %5</translation>
    </message>
    <message>
        <source>    No batch holds this number: it waits for an earlier decision.</source>
        <translation>    No batch holds this number: it waits for an earlier decision.</translation>
    </message>
    <message>
        <source>    Already merged as batch %1: %2 record(s), received %3</source>
        <translation>    Already merged as batch %1: %2 record(s), received %3</translation>
    </message>
    <message>
        <source>Batches waiting for a decision: %1</source>
        <translation>Batches waiting for a decision: %1</translation>
    </message>
    <message>
        <source>Settling the batch…</source>
        <translation>Settling the batch…</translation>
    </message>
    <message>
        <source>Done: %1 signature(s) added; %2 later batch(es) imported.</source>
        <translation>Done: %1 signature(s) added; %2 later batch(es) imported.</translation>
    </message>
</context>
<context>
    <name>ReceiptWriterPanel</name>
    <message>
        <source>Write import receipts for the stalls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the USB stick or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 import receipt(s), one per stall device. Each stall loads its own from the stick.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke a stall device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a device that was lost or stolen, or is no longer used. From now on its batches are refused, also those it has not sent yet. This cannot be undone: the device would have to be set up again as a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s name, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Revoke this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrolled device to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the device&apos;s name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the device&apos;s name. Nothing was revoked; please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalPanel</name>
    <message>
        <source>Erase a signature by its receipt code</source>
        <translation>Erase a signature by its receipt code</translation>
    </message>
    <message>
        <source>Receipt code, like 7KQ2-M9XD</source>
        <translation>Receipt code, like 7KQ2-M9XD</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Also erase this signer&apos;s other signatures</source>
        <translation>Also erase this signer&apos;s other signatures</translation>
    </message>
    <message>
        <source>Purge a petition after its retention date</source>
        <translation>Purge a petition after its retention date</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purge…</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>A receipt code has 8 letters and digits, like 7KQ2-M9XD.</source>
        <translation>A receipt code has 8 letters and digits, like 7KQ2-M9XD.</translation>
    </message>
    <message>
        <source>No signature with that receipt code is in this vault.</source>
        <translation>No signature with that receipt code is in this vault.</translation>
    </message>
    <message>
        <source>Erase %1 signature(s) for good? This cannot be undone.</source>
        <translation>Erase %1 signature(s) for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Nothing was erased.</translation>
    </message>
    <message>
        <source>Erased %1 signature(s).</source>
        <translation>Erased %1 signature(s).</translation>
    </message>
    <message>
        <source>%1 other signature(s) of the same person are still kept.</source>
        <translation>%1 other signature(s) of the same person are still kept.</translation>
    </message>
    <message>
        <source>%1 (kept until %2): %3 signature(s)</source>
        <translation>%1 (kept until %2): %3 signature(s)</translation>
    </message>
    <message>
        <source>No petition is past its retention date.</source>
        <translation>No petition is past its retention date.</translation>
    </message>
    <message>
        <source>Delete all %1 signature(s) of this petition for good? This cannot be undone.</source>
        <translation>Delete all %1 signature(s) of this petition for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonymous counts are kept, by constituency and ward too (from %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous counts are kept, but not by constituency or ward: to keep those, choose the postcode directory under Areas first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nothing was deleted.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 signature(s); kept anonymous counts of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

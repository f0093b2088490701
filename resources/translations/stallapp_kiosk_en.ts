<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchExportPanel</name>
    <message>
        <source>Export batch for the coordinator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the USB stick or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 signature(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchReceiptsPanel</name>
    <message>
        <source>Batches sent to the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load import receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase received signers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2): %3 signature(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received, erased from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received, still on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch exported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signature(s) received by the coordinator and erased from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the import receipt on the stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import receipts (*.stallreceipt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt checked: the coordinator holds %1 batch(es); %2 newly received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No received signer is left on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signature(s) received by the coordinator were erased from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Campaign and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Campaign pack from your coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import campaign pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. This device, for the coordinator to enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read these digits to the coordinator, in person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save device card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. End of the day: sealed batch for the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the campaign pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Campaign pack imported: %n petition(s).</source>
        <translation>
            <numerusform>Campaign pack imported: %n petition.</numerusform>
            <numerusform>Campaign pack imported: %n petitions.</numerusform>
        </translation>
    </message>
    <message>
        <source>signs campaign packs</source>
        <translation>signs campaign packs</translation>
    </message>
    <message>
        <source>opens this stall&apos;s batches</source>
        <translation>opens this stall&apos;s batches</translation>
    </message>
    <message>
        <source>can recover this vault</source>
        <translation>can recover this vault</translation>
    </message>
    <message>
        <source>No campaign yet: import your coordinator&apos;s pack.</source>
        <translation>No campaign yet: import your coordinator&apos;s pack.</translation>
    </message>
    <message>
        <source>This stall belongs to the campaign of %1:</source>
        <translation>This stall belongs to the campaign of %1:</translation>
    </message>
    <message>
        <source>Switching campaign…</source>
        <translation>Switching campaign…</translation>
    </message>
    <message>
        <source>This stall now belongs to the campaign of %1.</source>
        <translation>This stall now belongs to the campaign of %1.</translation>
    </message>
    <message>
        <source>Save the device card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device card could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device card saved. Give it to the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignSwitchDialog</name>
    <message>
        <source>Switch campaign</source>
        <translation>Switch campaign</translation>
    </message>
    <message>
        <source>This pack comes from a different coordinator key than the campaign this stall belongs to. Only switch if your coordinator asked you to, in person: after the switch, batches go only to the new coordinator, the old coordinator&apos;s recovery key no longer opens this vault, and signatures not yet exported must be exported first.</source>
        <translation>This pack comes from a different coordinator key than the campaign this stall belongs to. Only switch if your coordinator asked you to, in person: after the switch, batches go only to the new coordinator, the old coordinator&apos;s recovery key no longer opens this vault, and signatures not yet exported must be exported first.</translation>
    </message>
    <message>
        <source>Current campaign: %1</source>
        <translation>Current campaign: %1</translation>
    </message>
    <message>
        <source>New campaign (%1): %2</source>
        <translation>New campaign (%1): %2</translation>
    </message>
    <message>
        <source>Type your passphrase to switch:</source>
        <translation>Type your passphrase to switch:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. From then on only the new passphrase opens this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>Something unexpected went wrong. Every signature that was confirmed is saved and encrypted. Please lock the app, close it and open it again; if this happens again, tell your coordinator what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseReceivedDialog</name>
    <message>
        <source>Erase received signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinator confirmed, with a signed receipt, that it holds %1 batch(es) from this laptop. The %2 signature(s) in them will be erased from this laptop now: names, addresses, e-mail addresses and drawn signatures, overwritten on the disk. The coordinator keeps its copy. Signatures not yet received stay here, and the counts on this laptop show the erased ones as &quot;received and erased&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 signature(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New stall event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Broadgate, CV1 1LL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitKioskDialog</name>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers only: type today&apos;s PIN or the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers only: type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type today&apos;s PIN or the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not today&apos;s PIN or the passphrase. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That was not right. You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s PIN is resting for %n minute(s); the passphrase still works.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at most 5 address lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your postcode, e.g. CV1 1LL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UK postcode has 5 to 7 letters and numbers, e.g. CV1 1LL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is longer than a UK postcode, e.g. CV1 1LL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last part of a postcode is a number then two letters, e.g. 1LL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like a UK postcode. Please check it, e.g. CV1 1LL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code may hold only letters, digits and spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the email address (like name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick the box to agree before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your name: letters and spaces only, not too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your address: plain text, not too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your postcode, e.g. CV1 1LL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This petition is for UK addresses only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <source>Your fingerprint. Stalls compare it in person before trusting your pack:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>The disk or folder could not be used (%1). Check that it is still plugged in, has free space and may be written to, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>To the %1. The petition of %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declares that %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you live, work or study in the area of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I live there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I work there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I study there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact me about future campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here with your finger, a pen or the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. As you would sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot draw, ask the volunteer: they can take your signature on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipes the signature pad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves your signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose whether you live, work or study in the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry could not be saved. Please ask the volunteer for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House of Commons</source>
        <translation>House of Commons</translation>
    </message>
    <message>
        <source>Scottish Parliament</source>
        <translation>Scottish Parliament</translation>
    </message>
    <message>
        <source>Please sign in the box: your signature is empty or too small.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message numerus="yes">
        <source>Are you still there? This form will be cleared in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>Are you still there? This form will be cleared in %n second. Touch the screen to continue.</numerusform>
            <numerusform>Are you still there? This form will be cleared in %n seconds. Touch the screen to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over: clear this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer: leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskSettingsBox</name>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a half-filled kiosk form after this many idle seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the app after this much idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &quot;Tap to sign&quot; screen between signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set today&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN set: leaving kiosk mode will need the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That setting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The vault could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short or too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: one more word would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a longer passphrase that is hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are different. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <source>Check the coordinator&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare these digits (or scan the code) with the coordinator&apos;s screen, in person. Only accept if every digit matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They match: trust this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They differ: cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <source>Enter paper rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by hand on this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed privacy notice %1 was shown at the stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer ticked the optional contact box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, work or study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet with that serial was printed from this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sheet was printed for another petition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That row number is not on this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sheet row has already been typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the sheet serial and row number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row could not be saved. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row saved. Next row: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Today&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN of %1 to %2 digits lets you leave kiosk mode today without the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostcodeHint</name>
    <message>
        <source>The postal code of your address, if it has one: letters, digits and spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example CV1 1LL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ This looks like a UK postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep typing: a postcode looks like CV1 1LL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeBand</name>
    <message>
        <source>Practice vault: do not collect real signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeVaultDialog</name>
    <message>
        <source>Practice vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice vault: made-up signers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a separate vault to practise with: the sample petition, a practice stall today and made-up signers. It is marked as practice on every screen, its batches can never enter a real vault, and this vault is not touched. Choose a passphrase for the practice vault; never use it for real signers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-up signers to start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the practice vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the practice vault in a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the practice vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice vault is ready with %1 made-up signers. Open it with the passphrase you just chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice vault opens in a new window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice vault could not be opened in a new window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s recovery key opens this vault without the passphrase. The coordinator keeps it: a file with a line starting AGE-SECRET-KEY-1. Choose that file, then a new passphrase. Nothing in the vault is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recovery key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover and open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Choose the recovery key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file holds no recovery key (a line starting AGE-SECRET-KEY-1). Please choose the coordinator&apos;s recovery key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key file read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the recovery key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault with the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Nothing was changed; ask the coordinator for the campaign&apos;s recovery key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key comes with the coordinator&apos;s campaign pack (Campaign and batches, Import campaign pack). If you forget your passphrase, the coordinator can open this vault with it and you choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the recovery key is the campaign&apos;s master key. Whoever holds this file can open every sealed batch and every volunteer&apos;s vault, with every signer&apos;s name and address. Save it only to a USB stick you keep locked away (or print it and delete the file). Never send it by email or chat, never put it in cloud storage, never leave it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving it also lets the same file recover this coordinator vault if its passphrase is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, and I will keep the file offline and safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key is set: a forgotten passphrase can be recovered. Its fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key is set on this vault yet: if the passphrase is forgotten, everything in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key was saved (readable by you only). Move it to offline storage now and delete it from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stallapp keeps on this device is encrypted with your passphrase. Choose one you can remember all day: a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall: collect signatures at a street stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator: receive and merge the stalls&apos; batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name (e.g. Coventry laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the encrypted vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short or too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: one more word would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a longer passphrase that is hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TapToSignView</name>
    <message>
        <source>Sign the petition here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a blank petition form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThankYouView</name>
    <message>
        <source>Thank you for signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice only: this entry is not a real signature and is not kept safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signature is saved and encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph or note this code if you may want to withdraw your signature later. The next person cannot see your entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock stallapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open the encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault, for practice only. Its passphrase is public: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still opening. After an update, a large vault is upgraded once; this can take a few minutes. Please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not open the vault. Nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultMenuButton</name>
    <message>
        <source>More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools for this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export campaign pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultWarnings</name>
    <message>
        <source>A stored petition cannot be read: %1. Add a corrected file with the same id, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s recovery key is damaged: if the passphrase is forgotten, the campaign cannot recover this vault. Ask your coordinator to set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: you can read and export, but nothing new is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s folder is read-only: you can read and export, but nothing new is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy in another stallapp window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <source>%1 of them received by the coordinator and erased from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal vault: practice data only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatures at this event (a count only: names stay private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter paper rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no petition in this vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please create today&apos;s stall event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This petition&apos;s retention date has passed; it no longer collects signatures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

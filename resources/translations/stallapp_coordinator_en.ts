<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../stallapp/ui/coordinator/bar_chart.py" line="16" />
        <source>No signatures yet</source>
        <translation>No signatures yet</translation>
    </message>
</context>
<context>
    <name>BatchExportPanel</name>
    <message>
        <location filename="../../stallapp/ui/sealing/export_panel.py" line="55" />
        <source>Export batch for the coordinator…</source>
        <translation>Export batch for the coordinator…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/sealing/export_panel.py" line="63" />
        <source>Choose the USB stick or folder</source>
        <translation>Choose the USB stick or folder</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/sealing/export_panel.py" line="71" />
        <source>Sealing the batch…</source>
        <translation>Sealing the batch…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/sealing/export_panel.py" line="95" />
        <source>Nothing new to export.</source>
        <translation>Nothing new to export.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/sealing/export_panel.py" line="98" />
        <source>Wrote %1 signature(s) to %2</source>
        <translation>Wrote %1 signature(s) to %2</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="59" />
        <source>Import sealed batches</source>
        <translation>Import sealed batches</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="65" />
        <source>Choose files…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="70" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="90" />
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="94" />
        <source>People (each counted once)</source>
        <translation>People (each counted once)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="95" />
        <source>Signatures received</source>
        <translation>Signatures received</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="96" />
        <source>Duplicates found</source>
        <translation>Duplicates found</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="97" />
        <source>On paper</source>
        <translation>On paper</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="98" />
        <source>At the kiosk</source>
        <translation>At the kiosk</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="99" />
        <source>Progress to target</source>
        <translation>Progress to target</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="110" />
        <source>People by</source>
        <translation>People by</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="114" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="115" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="116" />
        <source>Stall device</source>
        <translation>Stall device</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="117" />
        <source>Stall event</source>
        <translation>Stall event</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="132" />
        <source>Stall devices</source>
        <translation>Stall devices</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="137" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="147" />
        <source>Choose batch files</source>
        <translation>Choose batch files</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="147" />
        <source>Sealed batches (*.stallbatch)</source>
        <translation>Sealed batches (*.stallbatch)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="160" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="179" />
        <source>Cancelling after the current file…</source>
        <translation>Cancelling after the current file…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="205" />
        <source>Cancelled after %1 file(s).</source>
        <translation>Cancelled after %1 file(s).</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="207" />
        <source>Done: %1 file(s) handled.</source>
        <translation>Done: %1 file(s) handled.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="241" />
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/coordinator_view.py" line="246" />
        <source>Set aside as forks: %1 batch(es); see 'stallapp batch quarantine'.</source>
        <translation>Set aside as forks: %1 batch(es); see 'stallapp batch quarantine'.</translation>
    </message>
</context>
<context>
    <name>DeviceEnrolDialog</name>
    <message>
        <location filename="../../stallapp/ui/coordinator/enrol_dialog.py" line="23" />
        <source>Check the stall device's fingerprint</source>
        <translation>Check the stall device's fingerprint</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/enrol_dialog.py" line="27" />
        <source>Compare these digits (or scan the code) with the stall device's screen, in person. Only enrol it if every digit matches.</source>
        <translation>Compare these digits (or scan the code) with the stall device's screen, in person. Only enrol it if every digit matches.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/enrol_dialog.py" line="38" />
        <source>Device: %1 (%2)</source>
        <translation>Device: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/enrol_dialog.py" line="51" />
        <source>They match: enrol this device</source>
        <translation>They match: enrol this device</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/enrol_dialog.py" line="54" />
        <source>They differ: cancel</source>
        <translation>They differ: cancel</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../stallapp/ui/coordinator/devices_panel.py" line="34" />
        <source>Enrol a stall device…</source>
        <translation>Enrol a stall device…</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/devices_panel.py" line="45" />
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/devices_panel.py" line="45" />
        <source>enrolled</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/devices_panel.py" line="50" />
        <source>Choose a device card</source>
        <translation>Choose a device card</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/devices_panel.py" line="50" />
        <source>Device cards (*.card);;All (*)</source>
        <translation>Device cards (*.card);;All (*)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/devices_panel.py" line="63" />
        <source>Not enrolled: the fingerprints were not confirmed.</source>
        <translation>Not enrolled: the fingerprints were not confirmed.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/devices_panel.py" line="70" />
        <source>Enrolled %1.</source>
        <translation>Enrolled %1.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/devices_panel.py" line="70" />
        <source>%1 was enrolled already.</source>
        <translation>%1 was enrolled already.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../stallapp/ui/coordinator/drop_zone.py" line="23" />
        <source>Drop batch files or a folder here</source>
        <translation>Drop batch files or a folder here</translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <location filename="../../stallapp/ui/coordinator/fingerprint_view.py" line="37" />
        <source>Your fingerprint. Stalls compare it in person before trusting your pack:</source>
        <translation>Your fingerprint. Stalls compare it in person before trusting your pack:</translation>
    </message>
</context>
<context>
    <name>NearMatchPanel</name>
    <message>
        <location filename="../../stallapp/ui/coordinator/near_match_panel.py" line="31" />
        <source>Same person: merge</source>
        <translation>Same person: merge</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/near_match_panel.py" line="32" />
        <source>Different people</source>
        <translation>Different people</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/near_match_panel.py" line="45" />
        <source>%1, %2%3 (%4 signatures)</source>
        <translation>%1, %2%3 (%4 signatures)</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/near_match_panel.py" line="59" />
        <source>Near matches to review: %1</source>
        <translation>Near matches to review: %1</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/near_match_panel.py" line="66" />
        <source>same name apart from spacing</source>
        <translation>same name apart from spacing</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/near_match_panel.py" line="68" />
        <source>same name and postcode, different email</source>
        <translation>same name and postcode, different email</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/near_match_panel.py" line="70" />
        <source>similar to a merged person</source>
        <translation>similar to a merged person</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/coordinator/near_match_panel.py" line="76" />
        <source>similar name (%1%), same postcode</source>
        <translation>similar name (%1%), same postcode</translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message>
        <location filename="../../stallapp/ui/sealing/pack_dialog.py" line="24" />
        <source>Check the coordinator's fingerprint</source>
        <translation>Check the coordinator's fingerprint</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/sealing/pack_dialog.py" line="28" />
        <source>Compare these digits (or scan the code) with the coordinator's screen, in person. Only accept if every digit matches.</source>
        <translation>Compare these digits (or scan the code) with the coordinator's screen, in person. Only accept if every digit matches.</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/sealing/pack_dialog.py" line="37" />
        <source>Coordinator: %1</source>
        <translation>Coordinator: %1</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/sealing/pack_dialog.py" line="46" />
        <source>They match: trust this pack</source>
        <translation>They match: trust this pack</translation>
    </message>
    <message>
        <location filename="../../stallapp/ui/sealing/pack_dialog.py" line="49" />
        <source>They differ: cancel</source>
        <translation>They differ: cancel</translation>
    </message>
</context>
</TS>
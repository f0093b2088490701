; Inno Setup 6 script: a per-user installer for the one-folder build in dist\stallapp.
; Build on Windows after `pyinstaller packaging\stallapp.spec`:
;   iscc packaging\windows\stallapp.iss
; Untested here (no Windows machine); see packaging/README.md.

#define AppVersion "0.1.0"

[Setup]
AppId={{6B8E2F0C-5A7B-4E59-9C1D-3F2A7D4B8E61}
AppName=stallapp
AppVersion={#AppVersion}
AppPublisher=stallapp developers
DefaultDirName={localappdata}\Programs\stallapp
DefaultGroupName=stallapp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=stallapp-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
SetupIconFile=..\stallapp.ico
UninstallDisplayIcon={app}\stallapp.exe

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_Hant"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
Name: "zh_Hans"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\..\dist\stallapp\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\stallapp"; Filename: "{app}\stallapp.exe"; Parameters: "gui"
Name: "{userdesktop}\stallapp"; Filename: "{app}\stallapp.exe"; Parameters: "gui"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\stallapp.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,stallapp}"; Flags: nowait postinstall skipifsilent

; Inno Setup script for the Windows installer of Chú Giải.
; Build the one-folder app first (`make package` on Windows, see README), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\chugiai.iss
; The installer goes to dist\installer\.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E3C1F0A-2B7D-4C55-9A8E-3F1D2C4B5A60}
AppName=Chú Giải
AppVersion={#AppVersion}
AppPublisher=The Chú Giải developers
DefaultDirName={autopf}\Chu Giai
DefaultGroupName=Chú Giải
UninstallDisplayIcon={app}\chugiai-gui.exe
OutputDir=..\..\dist\installer
OutputBaseFilename=ChuGiai-{#AppVersion}-setup
SetupIconFile=..\icons\build\chugiai.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\chugiai\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Chú Giải"; Filename: "{app}\chugiai-gui.exe"
Name: "{group}\{cm:UninstallProgram,Chú Giải}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Chú Giải"; Filename: "{app}\chugiai-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\chugiai-gui.exe"; Description: "{cm:LaunchProgram,Chú Giải}"; Flags: nowait postinstall skipifsilent

; Windows installer of the Merchant Eligibility Checker (Inno Setup 6).
;
; Per user, without administrator rights: installs to %LOCALAPPDATA%\Programs\Merchant Eligibility Checker,
; adds a Start-menu entry (and a desktop icon if asked), and uninstalls cleanly from Settings -> Apps. The
; uninstaller asks whether to keep the merchant data (the default, and what a silent uninstall does) or to
; remove it with the logs and settings. Built by .github/workflows/release.yml after the PyInstaller bundle:
;
;   pyinstaller build.spec --noconfirm
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\installer.iss   -> dist\MerchantEligibilityChecker-0.1.0-setup.exe
;
; The folders below are where the app keeps its files on Windows (docs/packaging.md, "Where the app keeps its
; data"); tests/test_release.py checks them against the app's own code.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\windows\installer.iss
#endif
#define AppName "Merchant Eligibility Checker"
#define GuiExe "eligibility-checker.exe"
#define DataFolder "MerchantEligibilityChecker"
#define SettingsOrg "MerchantEligibility"
#define SettingsApp "eligibility-checker"

[Setup]
AppId={{1A6B773C-5DFE-4D44-ACC3-7158E4E297B0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=MerchantEligibilityChecker-{#AppVersion}-setup
SetupIconFile=resources\icons\app.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.RemoveData=Also delete your merchant data, backups, logs and settings?%n%nChoose No to keep them (for a later reinstall or to copy them elsewhere):%n%1%n%n同时删除商家数据、备份、日志和设置吗?%n选择“否”保留这些数据(以后重新安装或复制到别处时仍可使用)。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\eligibility-checker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The program writes nothing next to itself (its files are in the folders below); the folder goes if empty.
Type: dirifempty; Name: "{app}"

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{userappdata}\{#DataFolder}');
end;

function LogFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#SettingsOrg}\{#SettingsApp}');
end;

function SettingsFile(): String;
begin
  Result := ExpandConstant('{userappdata}\{#SettingsOrg}\{#SettingsApp}.ini');
end;

procedure RemoveUserData();
begin
  DelTree(DataFolder(), True, True, True);
  DelTree(LogFolder(), True, True, True);
  RemoveDir(ExpandConstant('{localappdata}\{#SettingsOrg}'));
  DeleteFile(SettingsFile());
  RemoveDir(ExpandConstant('{userappdata}\{#SettingsOrg}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not DirExists(DataFolder()) and not DirExists(LogFolder()) and not FileExists(SettingsFile()) then
    exit;
  { A silent uninstall keeps the data: nothing is deleted without an answer. }
  if UninstallSilent then
    exit;
  if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataFolder()]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
    RemoveUserData();
end;

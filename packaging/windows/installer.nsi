; Between Sessions: a per-user Windows installer (no administrator rights needed).
;
; Built by packaging/build.py, which passes:
;   /DVERSION=0.1.0  /DBUNDLE=<the PyInstaller onedir folder>  /DOUTFILE=<setup.exe>  /DICON=<.ico>
; Installs the bundle's two executables: between-sessions.exe (the app; the Start-menu entry)
; and between-sessions-cli.exe (the same program for a terminal, where the commands print).
; Its own pages are in English, German and Spanish: Windows' display language picks one (NSIS
; does that by itself for every language inserted below), and our texts are the LangStrings at
; the end of the file. The German and Spanish ones speak to nobody directly, since NSIS's own
; texts on the same pages say "Sie"/"usted" while the app says "du"/"tú".
; Silent use:  setup.exe /S [/D=C:\path]         installs or upgrades in place
;              uninstall.exe /S                   removes the program, keeps the person's data
;              uninstall.exe /S /REMOVEDATA       removes the data folder too

Unicode true
; The x86 stub runs on every Windows and is what every NSIS distribution ships; the app it
; installs is 64-bit.
Target x86-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "Pass /DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "Pass /DBUNDLE=<folder made by PyInstaller>"
!endif
!ifndef OUTFILE
  !define OUTFILE "BetweenSessions-${VERSION}-setup.exe"
!endif

!define APP_NAME "Between Sessions"
!define APP_ID "org.betweensessions.BetweenSessions"
!define APP_EXE "between-sessions.exe"
; The same program as a console program, for the commands (export, import, backup, check,
; restore, --version) in a terminal: the app's own executable has no console to print to.
!define CLI_EXE "between-sessions-cli.exe"
!define PUBLISHER "Between Sessions"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\${APP_ID}"
; Where the app keeps the person's data (appdirs' user data folder; see desktop/paths.py) and
; its window settings (QSettings, organisation and application both named after the app).
!define DATA_DIR "$LOCALAPPDATA\${APP_NAME}"
!define QSETTINGS_KEY "Software\${APP_NAME}"
; The app holds this mutex for as long as it runs (desktop/running_mark.py, which spells it the
; same way). Local\: this installer is per user, and the app of another person signed in on this
; computer runs from that person's own install, which this one never touches.
!define RUNNING_MUTEX "Local\org.betweensessions.BetweenSessions.running"
!define SYNCHRONIZE 0x00100000

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
; Per-user programs folder, as Windows itself uses for per-user installs; never the data folder.
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(OpenNow)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!define MUI_COMPONENTSPAGE_TEXT_TOP "$(RemovedKeepsData)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "Spanish"

; Our own texts on those pages, in each language.
LangString OpenNow ${LANG_ENGLISH} "Open ${APP_NAME} now"
LangString OpenNow ${LANG_GERMAN} "${APP_NAME} jetzt öffnen"
LangString OpenNow ${LANG_SPANISH} "Abrir ${APP_NAME} ahora"
LangString RemovedKeepsData ${LANG_ENGLISH} "${APP_NAME} will be removed from this computer. \
Your plan, check-ins and backups stay in $\"${DATA_DIR}$\" unless you tick the box below."
LangString RemovedKeepsData ${LANG_GERMAN} "${APP_NAME} wird von diesem Computer entfernt. \
Plan, Check-ins und Sicherungen bleiben in $\"${DATA_DIR}$\" erhalten, außer das Kästchen \
unten ist angehakt."
LangString RemovedKeepsData ${LANG_SPANISH} "${APP_NAME} se quitará de este equipo. El plan, \
los check-ins y las copias de seguridad se quedan en $\"${DATA_DIR}$\", salvo que se marque \
la casilla de abajo."
LangString AppIsOpen ${LANG_ENGLISH} "${APP_NAME} is open. Close it, then choose Retry."
LangString AppIsOpen ${LANG_GERMAN} "${APP_NAME} ist geöffnet. Bitte zuerst schließen, dann \
„Wiederholen“ wählen."
LangString AppIsOpen ${LANG_SPANISH} "${APP_NAME} está abierto. Hace falta cerrarlo y luego \
elegir «Reintentar»."
LangString CloseFirst ${LANG_ENGLISH} "Please close ${APP_NAME} first, then run the installer \
again. Nothing has been changed."
LangString CloseFirst ${LANG_GERMAN} "Bitte zuerst ${APP_NAME} schließen und das \
Installationsprogramm dann noch einmal starten. Es wurde nichts verändert."
LangString CloseFirst ${LANG_SPANISH} "Hace falta cerrar ${APP_NAME} primero y luego volver a \
abrir el instalador. No se ha cambiado nada."
LangString SecRemoveDataName ${LANG_ENGLISH} "Also remove my data (plan, journal, backups)"
LangString SecRemoveDataName ${LANG_GERMAN} "Auch meine Daten entfernen (Plan, Tagebuch, Sicherungen)"
LangString SecRemoveDataName ${LANG_SPANISH} "Quitar también mis datos (plan, diario, copias de \
seguridad)"
LangString DescApp ${LANG_ENGLISH} "The program, its Start-menu entry and its entry in Apps."
LangString DescApp ${LANG_GERMAN} "Das Programm, sein Eintrag im Startmenü und sein Eintrag \
unter Apps."
LangString DescApp ${LANG_SPANISH} "El programa, su acceso en el menú Inicio y su entrada en \
Aplicaciones."
LangString DescData ${LANG_ENGLISH} "Deletes everything you wrote in ${APP_NAME}, and its \
backups. This cannot be undone."
LangString DescData ${LANG_GERMAN} "Löscht alles, was in ${APP_NAME} geschrieben wurde, samt \
Sicherungen. Das lässt sich nicht rückgängig machen."
LangString DescData ${LANG_SPANISH} "Borra todo lo escrito en ${APP_NAME} y sus copias de \
seguridad. No se puede deshacer."

; First thing in .onInit and un.onInit: while the app runs, stop before anything is touched. An
; upgrade or an uninstall would otherwise delete _internal from under it (Windows refuses only
; the files it has loaded) and, with "remove my data", its data and backups. Retry asks again;
; Cancel, and a silent install or uninstall (/SD IDCANCEL), end here with nothing changed.
!macro STOP_WHILE_THE_APP_RUNS
  ${Do}
    System::Call 'kernel32::OpenMutexW(i ${SYNCHRONIZE}, i 0, w "${RUNNING_MUTEX}") p .r0'
    ; 0: not running (or the question couldn't be asked: SecApp still finds a running app)
    ${If} $0 = 0
      ${Break}
    ${EndIf}
    System::Call 'kernel32::CloseHandle(p r0)'
    MessageBox MB_RETRYCANCEL|MB_ICONINFORMATION "$(AppIsOpen)" /SD IDCANCEL IDRETRY +2
    Abort
  ${Loop}
!macroend

Function .onInit
  !insertmacro STOP_WHILE_THE_APP_RUNS
  SetShellVarContext current
FunctionEnd

Section "${APP_NAME}" SecApp
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"

  ; Upgrade in place: the previous version's files go first, so that none of them is left to
  ; mix with the new ones. Only our own files are removed, never the folder's other contents.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  ${If} ${FileExists} "$INSTDIR\_internal\*.*"
  ${OrIf} ${FileExists} "$INSTDIR\${APP_EXE}"
  ${OrIf} ${FileExists} "$INSTDIR\${CLI_EXE}"
    MessageBox MB_OK|MB_ICONINFORMATION "$(CloseFirst)" /SD IDOK
    Abort
  ${EndIf}

  ; The whole bundle: both executables and _internal. Stop if the console one is missing, so
  ; that an installer is never made without it.
  !if /FileExists "${BUNDLE}\${CLI_EXE}"
  !else
    !error "${BUNDLE} has no ${CLI_EXE}: build it with packaging/build.py"
  !endif
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; The entry in Settings > Apps (and Programs and Features).
  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "un.${APP_NAME}" SecUninstallApp
  SectionIn RO
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  ; start at login (desktop/autostart.py): the Run value the app wrote, if the person chose it
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "${APP_ID}"
SectionEnd

; Unticked unless the person ticks it (or passes /REMOVEDATA to a silent uninstall).
Section /o "un.$(SecRemoveDataName)" SecRemoveData
  RMDir /r "${DATA_DIR}"
  DeleteRegKey HKCU "${QSETTINGS_KEY}"
SectionEnd

Function un.onInit
  !insertmacro STOP_WHILE_THE_APP_RUNS
  SetShellVarContext current
  ; A silent uninstall keeps the data unless /REMOVEDATA is given.
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecRemoveData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecUninstallApp} "$(DescApp)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecRemoveData} "$(DescData)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

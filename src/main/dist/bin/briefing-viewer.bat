@echo off
rem Starts Briefing Viewer with the Java on JAVA_HOME or PATH (Java 17 or newer).
rem JavaFX goes on the module path, everything else on the class path.
setlocal enabledelayedexpansion

set "HOME_DIR=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"

set "MODULES="
set "CLASSES="
for %%J in ("%HOME_DIR%\lib\*.jar") do (
  set "NAME=%%~nxJ"
  if /i "!NAME:~0,7!"=="javafx-" (
    set "MODULES=!MODULES!;%%~fJ"
  ) else (
    set "CLASSES=!CLASSES!;%%~fJ"
  )
)

set "OPTIONS="
if exist "%HOME_DIR%\lib\briefing-viewer.jsa" set "OPTIONS=-XX:SharedArchiveFile=%HOME_DIR%\lib\briefing-viewer.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
rem The serial collector suits the heap, which starts small; the optimising compiler waits for code that stays hot (see briefing-viewer).
set "COMPILER=-XX:Tier4InvocationThreshold=30000 -XX:Tier4MinInvocationThreshold=3600 -XX:Tier4CompileThreshold=90000 -XX:Tier4BackEdgeThreshold=240000"
for %%A in (%*) do (
  if /i "%%~A"=="--export-pdf" set "COMPILER=-XX:TieredStopAtLevel=1"
)
set "OPTIONS=!OPTIONS! -XX:+UseSerialGC -Xms64m -XX:MetaspaceSize=64m !COMPILER!"

"%JAVA_EXE%" !OPTIONS! %BRIEFING_VIEWER_OPTS% --module-path "!MODULES:~1!" --add-modules javafx.controls -cp "!CLASSES:~1!" org.briefingviewer.app.Main %*
exit /b %ERRORLEVEL%

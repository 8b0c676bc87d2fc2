@echo off
rem Starts Briefing Viewer with the Java on JAVA_HOME or PATH (Java 17 or newer), with the options in lib\jvm.options.
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

"%JAVA_EXE%" "@%HOME_DIR%\lib\jvm.options" --module-path "!MODULES:~1!" --add-modules javafx.controls -cp "!CLASSES:~1!" org.briefingviewer.app.Main %*
exit /b %ERRORLEVEL%

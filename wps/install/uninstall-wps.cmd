@echo off
rem nianbao-check WPS add-in: uninstall for the current user (double-click). Runs uninstall-wps.ps1.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0uninstall-wps.ps1"
pause

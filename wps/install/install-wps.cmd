@echo off
rem nianbao-check WPS add-in: install for the current user (double-click). Runs install-wps.ps1.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-wps.ps1"
pause

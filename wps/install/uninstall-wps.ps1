# 年报校对 WPS 加载项 · 卸载（Windows；双击 uninstall-wps.cmd 即可）
# (Saved as UTF-8 with a BOM: Windows PowerShell 5.1 reads a .ps1 without one in the ANSI code page.)
# Removes the add-in for the current user: its folder(s) in jsaddons and our entries in
# publish.xml, jsplugins.xml and authwebsite.xml. Mirrors uninstall-wps.sh; NOT run on Windows yet.
$ErrorActionPreference = "Stop"
$Name = "nianbao-check"
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
. (Join-Path $Here "wps-xml.ps1")
$JsAddons = if ($env:NIANBAO_JSADDONS) { $env:NIANBAO_JSADDONS } else { Join-Path $env:APPDATA "kingsoft\wps\jsaddons" }

if (Test-Path -LiteralPath $JsAddons) {
  Get-ChildItem -Path $JsAddons -Directory -Filter "$($Name)_*" | Remove-Item -Recurse -Force
  Remove-Entry (Join-Path $JsAddons "publish.xml") "jsplugin(?:online)?" $Name
  Remove-Entry (Join-Path $JsAddons "jsplugins.xml") "jsplugin(?:online)?" $Name
  Remove-Entry (Join-Path $JsAddons "authwebsite.xml") "website" $Name
}
Write-Host "已卸载 年报校对。请重新启动 WPS。 年报校对 was removed. Restart WPS."

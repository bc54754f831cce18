# 年报校对 WPS 加载项 · 安装（Windows，以使用 WPS 的用户身份运行；双击 install-wps.cmd 即可）
# (Saved as UTF-8 with a BOM: Windows PowerShell 5.1 reads a .ps1 without one in the ANSI code page.)
# Installs the 年报校对 add-in for WPS 文字 for the current Windows user, without a server: copies
# the add-in folder next to this script into %APPDATA%\kingsoft\wps\jsaddons and merges our
# entries into publish.xml, jsplugins.xml and authwebsite.xml, keeping everyone else's.
# The same steps as install-wps.sh (which is tested); this script was NOT run on Windows yet.
#
#   $env:NIANBAO_JSADDONS   another jsaddons directory (default %APPDATA%\kingsoft\wps\jsaddons)
$ErrorActionPreference = "Stop"
$Name = "nianbao-check"
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
. (Join-Path $Here "wps-xml.ps1")

$Src = Get-ChildItem -Path $Here -Directory -Filter "$($Name)_*" | Sort-Object Name | Select-Object -Last 1
if (-not $Src) {
  Write-Error "找不到加载项文件夹 $($Name)_<版本>（应与本脚本在同一目录）。The add-in folder is not next to this script."
}
$Folder = $Src.Name
$Version = $Folder.Substring($Name.Length + 1)
$JsAddons = if ($env:NIANBAO_JSADDONS) { $env:NIANBAO_JSADDONS } else { Join-Path $env:APPDATA "kingsoft\wps\jsaddons" }
New-Item -ItemType Directory -Force -Path $JsAddons | Out-Null

Get-ChildItem -Path $JsAddons -Directory -Filter "$($Name)_*" | Remove-Item -Recurse -Force
Copy-Item -Recurse -Path $Src.FullName -Destination (Join-Path $JsAddons $Folder)

$Entry = "<jsplugin name=""$Name"" type=""wps"" url=""$Folder"" version=""$Version"" enable=""enable_dev"" install=""null"" customDomain=""""/>"
Merge-Entry (Join-Path $JsAddons "publish.xml") "jsplugins" "jsplugin(?:online)?" $Name $Entry
Merge-Entry (Join-Path $JsAddons "jsplugins.xml") "jsplugins" "jsplugin(?:online)?" $Name $Entry
Merge-Entry (Join-Path $JsAddons "authwebsite.xml") "websites" "website" $Name "<website origin=""null"" name=""$Name"" status=""enable""/>"

Write-Host "已安装 年报校对 $Version 到 $JsAddons\$Folder"
Write-Host "请完全退出 WPS（包括任务栏通知区域中的 WPS 图标）后重新打开，WPS 文字中会出现“年报校对”选项卡。"
Write-Host "Installed. Quit WPS completely and start it again: WPS Writer then shows the 年报校对 tab."

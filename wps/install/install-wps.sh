#!/bin/sh
# 年报校对 WPS 加载项 · 安装（Linux：统信 UOS、银河麒麟等，以使用 WPS 的桌面用户身份运行，不要用 root）
# Installs the 年报校对 add-in for WPS 文字 for the current desktop user, without a server:
# copies the add-in folder next to this script into the user's jsaddons directory and merges
# our entries into publish.xml, jsplugins.xml and authwebsite.xml, keeping everyone else's.
# Run it again to update; uninstall-wps.sh takes it away.
#
#   NIANBAO_JSADDONS=<dir>   use another jsaddons directory (default ~/.local/share/Kingsoft/wps/jsaddons)
#   NIANBAO_ALLOW_ROOT=1     allow running as root (only for a root desktop session)
set -eu

NAME=nianbao-check
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/wps-xml.sh"

SRC=""
for dir in "$HERE/${NAME}_"*; do
  [ -d "$dir" ] && SRC=$dir
done
if [ -z "$SRC" ]; then
  echo "找不到加载项文件夹 ${NAME}_<版本>（应与本脚本在同一目录）。" >&2
  echo "The add-in folder ${NAME}_<version> is not next to this script." >&2
  exit 1
fi
FOLDER=$(basename "$SRC")
VERSION=${FOLDER#"${NAME}_"}

if [ "$(id -u)" -eq 0 ] && [ "${NIANBAO_ALLOW_ROOT:-}" != "1" ]; then
  echo "请以使用 WPS 的桌面用户身份运行本脚本，不要用 root 或 sudo：加载项按用户安装。" >&2
  echo "Run this as the desktop user who uses WPS, not as root: the add-in is installed per user." >&2
  exit 1
fi

require_perl
JSADDONS=${NIANBAO_JSADDONS:-"$HOME/.local/share/Kingsoft/wps/jsaddons"}
mkdir -p "$JSADDONS"

# The add-in's files: earlier versions out, this one in.
for old in "$JSADDONS/${NAME}_"*; do
  [ -d "$old" ] && rm -rf "$old"
done
cp -R "$SRC" "$JSADDONS/$FOLDER"

ENTRY="<jsplugin name=\"$NAME\" type=\"wps\" url=\"$FOLDER\" version=\"$VERSION\" enable=\"enable_dev\" install=\"null\" customDomain=\"\"/>"
merge_entry "$JSADDONS/publish.xml" jsplugins "jsplugin(?:online)?" "$NAME" "$ENTRY"
merge_entry "$JSADDONS/jsplugins.xml" jsplugins "jsplugin(?:online)?" "$NAME" "$ENTRY"
merge_entry "$JSADDONS/authwebsite.xml" websites website "$NAME" "<website origin=\"null\" name=\"$NAME\" status=\"enable\"/>"

echo "已安装 年报校对 $VERSION 到 $JSADDONS/$FOLDER"
echo "Installed 年报校对 $VERSION into $JSADDONS/$FOLDER"
if [ -f "$JSADDONS/authaddin.json" ] && grep -q "$NAME" "$JSADDONS/authaddin.json" 2>/dev/null; then
  echo "注意：$JSADDONS/authaddin.json 中有本加载项的记录；若 WPS 中按钮无反应，请按 README 的说明处理。"
fi
echo "请完全退出 WPS 后重新打开（统信 UOS 专业版可运行 /opt/apps/cn.wps.wps-office-pro/files/bin/quickstartoffice restart），"
echo "在 WPS 文字中会出现“年报校对”选项卡。"
echo "Quit WPS completely and start it again: WPS Writer then shows the 年报校对 tab."

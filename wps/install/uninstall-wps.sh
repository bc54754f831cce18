#!/bin/sh
# 年报校对 WPS 加载项 · 卸载（Linux，以桌面用户身份运行）
# Removes the 年报校对 add-in for the current user: its folder(s) in jsaddons and our entries in
# publish.xml, jsplugins.xml and authwebsite.xml. Other add-ins' entries are left as they are.
#
#   NIANBAO_JSADDONS=<dir>   use another jsaddons directory (default ~/.local/share/Kingsoft/wps/jsaddons)
#   NIANBAO_ALLOW_ROOT=1     allow running as root
set -eu

NAME=nianbao-check
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/wps-xml.sh"

if [ "$(id -u)" -eq 0 ] && [ "${NIANBAO_ALLOW_ROOT:-}" != "1" ]; then
  echo "请以使用 WPS 的桌面用户身份运行本脚本，不要用 root 或 sudo。" >&2
  echo "Run this as the desktop user who uses WPS, not as root." >&2
  exit 1
fi

require_perl
JSADDONS=${NIANBAO_JSADDONS:-"$HOME/.local/share/Kingsoft/wps/jsaddons"}

removed=0
for dir in "$JSADDONS/${NAME}_"*; do
  if [ -d "$dir" ]; then
    rm -rf "$dir"
    removed=1
  fi
done
remove_entry "$JSADDONS/publish.xml" "jsplugin(?:online)?" "$NAME"
remove_entry "$JSADDONS/jsplugins.xml" "jsplugin(?:online)?" "$NAME"
remove_entry "$JSADDONS/authwebsite.xml" website "$NAME"

if [ "$removed" -eq 1 ]; then
  echo "已卸载 年报校对。请重新启动 WPS。"
  echo "年报校对 was removed. Restart WPS."
else
  echo "没有找到已安装的 年报校对（已清理列表中的记录）。"
  echo "年报校对 was not installed here (its list entries, if any, were removed)."
fi

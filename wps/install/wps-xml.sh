# 年报校对: merging our entries into WPS's add-in lists (sourced by install-wps.sh / uninstall-wps.sh).
#
# publish.xml, jsplugins.xml (root <jsplugins>, one <jsplugin …/> per add-in) and authwebsite.xml
# (root <websites>, one <website …/> per add-in) list every add-in of the user. Only elements
# whose name attribute is exactly ours are removed or added; everything else is left byte for
# byte (WPS may write the whole file on one line). A file in a shape we do not recognise is left
# alone, with a message. Perl does the text work (perl-base is part of every Debian-based
# distribution, UOS and Kylin included); a backup of each file is kept as <file>.nianbao.bak.

require_perl() {
  if ! command -v perl >/dev/null 2>&1; then
    echo "需要 perl（系统自带的 perl-base）才能修改 WPS 的加载项列表。" >&2
    echo "perl (perl-base) is needed to edit WPS's add-in lists." >&2
    exit 1
  fi
}

# remove_entry <file> <element pattern> <name>: our elements out (self-closing or with content).
remove_entry() {
  [ -f "$1" ] || return 0
  cp "$1" "$1.nianbao.bak"
  ELEMENT=$2 ADDIN=$3 perl -0777 -pi -e '
    my ($e, $n) = ($ENV{ELEMENT}, quotemeta $ENV{ADDIN});
    s{(?:\r?\n)?[ \t]*<$e\b(?=[^>]*\bname\s*=\s*["\x27]$n["\x27])[^>]*?/>}{}g;
    s{(?:\r?\n)?[ \t]*<$e\b(?=[^>]*\bname\s*=\s*["\x27]$n["\x27])[^>]*?(?<!/)>.*?</$e\s*>}{}gs;
  ' "$1"
}

# merge_entry <file> <root> <element pattern> <name> <entry>: our element in, exactly once.
merge_entry() {
  file=$1 root=$2 element=$3 name=$4 entry=$5
  if [ ! -s "$file" ] || ! grep -q '[^[:space:]]' "$file"; then
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<%s>\n  %s\n</%s>\n' "$root" "$entry" "$root" >"$file"
    return 0
  fi
  if ! grep -q "<$root\b" "$file"; then
    echo "未修改 $file：文件内容不是预期的格式（没有 <$root>）。" >&2
    echo "$file was not changed: no <$root> element in it." >&2
    return 1
  fi
  remove_entry "$file" "$element" "$name"
  ROOT=$root ENTRY=$entry perl -0777 -pi -e '
    my ($r, $x) = ($ENV{ROOT}, $ENV{ENTRY});
    if (/<\/$r\s*>/) { s{(\s*)(</$r\s*>)(?![\s\S]*</$r\s*>)}{\n  $x$1$2} }
    else { s{<$r\b([^>]*?)\s*/>}{<$r$1>\n  $x\n</$r>} }
  ' "$file"
}

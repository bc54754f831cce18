# 年报校对: merging our entries into WPS's add-in lists (dot-sourced by install-wps.ps1 /
# (Saved as UTF-8 with a BOM: Windows PowerShell 5.1 reads a .ps1 without one in the ANSI code page.)
# uninstall-wps.ps1). The same text edits as wps-xml.sh: only elements whose name attribute is
# exactly ours are removed or added, everything else is kept as it is; a file in a shape we do
# not recognise is left alone; a backup is kept as <file>.nianbao.bak. Not run on Windows yet.

$Utf8NoBom = New-Object System.Text.UTF8Encoding($false)

function Remove-Entry([string]$File, [string]$Element, [string]$AddIn) {
  if (-not (Test-Path -LiteralPath $File)) { return }
  Copy-Item -LiteralPath $File -Destination "$File.nianbao.bak" -Force
  $n = [regex]::Escape($AddIn)
  $text = [System.IO.File]::ReadAllText($File)
  $text = [regex]::Replace($text, "(?:\r?\n)?[ \t]*<$Element\b(?=[^>]*\bname\s*=\s*[""']$n[""'])[^>]*?/>", "")
  $text = [regex]::Replace($text, "(?s)(?:\r?\n)?[ \t]*<$Element\b(?=[^>]*\bname\s*=\s*[""']$n[""'])[^>]*?(?<!/)>.*?</$Element\s*>", "")
  [System.IO.File]::WriteAllText($File, $text, $Utf8NoBom)
}

function Merge-Entry([string]$File, [string]$Root, [string]$Element, [string]$AddIn, [string]$Entry) {
  if (-not (Test-Path -LiteralPath $File) -or -not ([System.IO.File]::ReadAllText($File).Trim())) {
    [System.IO.File]::WriteAllText($File, "<?xml version=""1.0"" encoding=""UTF-8""?>`r`n<$Root>`r`n  $Entry`r`n</$Root>`r`n", $Utf8NoBom)
    return
  }
  if (-not ([System.IO.File]::ReadAllText($File) -match "<$Root\b")) {
    Write-Warning "未修改 $File：文件内容不是预期的格式（没有 <$Root>）。$File was not changed."
    return
  }
  Remove-Entry $File $Element $AddIn
  $text = [System.IO.File]::ReadAllText($File)
  if ($text -match "</$Root\s*>") {
    $text = [regex]::Replace($text, "(\s*)(</$Root\s*>)(?![\s\S]*</$Root\s*>)", { param($m) "`r`n  $Entry" + $m.Groups[1].Value + $m.Groups[2].Value })
  } else {
    $text = [regex]::Replace($text, "<$Root\b([^>]*?)\s*/>", { param($m) "<$Root" + $m.Groups[1].Value + ">`r`n  $Entry`r`n</$Root>" })
  }
  [System.IO.File]::WriteAllText($File, $text, $Utf8NoBom)
}

#!/usr/bin/env bash
# Regenerates src/Cordon.Text/Data/traditional-simplified.tsv, the character table that folds traditional Chinese to
# simplified for matching, from OpenCC's TSCharacters dictionary as Debian ships it (libopencc-data, opencc; Apache-2.0).
# The table is committed so that neither build nor run needs OpenCC; rerun this when the Debian data changes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v opencc_dict >/dev/null || sudo apt-get install -y -qq opencc libopencc-data
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
opencc_dict -i /usr/share/opencc/TSCharacters.ocd2 -o "$tmp" -f ocd2 -t text
out="$root/src/Cordon.Text/Data/traditional-simplified.tsv"
{
  echo "# Traditional -> simplified Chinese characters, from OpenCC TSCharacters (Debian libopencc-data $(dpkg-query -W -f='${Version}' libopencc-data))."
  echo "# Copyright 2010-2022 BYVoid and OpenCC contributors; Apache License 2.0 (see NOTICE beside this file)."
  echo "# One pair a line: traditional<TAB>simplified (the first simplified reading where OpenCC gives several)."
  # Only single-code-unit pairs: the folding maps one UTF-16 character to one, so offsets stay exact.
  perl -CSD -ne 'chomp; my ($t, $s) = split /\t/; ($s) = split / /, $s; print "$t\t$s\n" if length($t) == 1 && length($s) == 1 && ord($t) < 0x10000 && ord($s) < 0x10000 && $t ne $s' "$tmp" | LC_ALL=C sort -u
} > "$out"
echo "wrote $(grep -vc '^#' "$out") pairs to $out"

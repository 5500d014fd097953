#!/usr/bin/env python3
"""Writes src/AseanAi.Citations/Csl/PinyinOrder.txt, the order in which CSL sorting puts Han characters under Chinese
locales (as ICU's zh collation does): by the first Mandarin reading (kMandarin of the Unicode Unihan database),
syllable first (ü written v), then tone 1-4, neutral last; characters of the same syllable and tone by code point.

Usage: eng/csl/pinyin-order.py [Unihan_Readings.txt(.bz2)]   (default: Debian's unicode-data package)
"""
import bz2
import sys
import unicodedata

TONES = {'\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/unicode/Unihan_Readings.txt.bz2'
    opener = bz2.open if path.endswith('.bz2') else open
    groups = {}
    version = ''
    with opener(path, 'rt', encoding='utf-8') as source:
        for line in source:
            if line.startswith('# Unihan_Readings') or line.startswith('# Date'):
                version += line[2:].strip() + '; '
            if line.startswith('#') or '\tkMandarin\t' not in line:
                continue
            code, _, readings = line.rstrip('\n').split('\t')
            reading = unicodedata.normalize('NFD', readings.split()[0])
            tone = 5
            syllable = ''
            for ch in reading:
                if ch in TONES:
                    tone = TONES[ch]
                else:
                    syllable += ch
            syllable = unicodedata.normalize('NFC', syllable).replace('ü', 'v')
            groups.setdefault((syllable, tone), []).append(int(code[2:], 16))
    out = sys.stdout
    out.write('# Han characters in Chinese (pinyin) sort order: one line per syllable and tone, "syllable tone characters".\n')
    out.write('# Source: Unicode Unihan database, kMandarin (first reading); ' + version.strip('; ') + '.\n')
    out.write('# Made by eng/csl/pinyin-order.py; do not edit by hand.\n')
    for (syllable, tone) in sorted(groups):
        chars = ''.join(chr(c) for c in sorted(groups[(syllable, tone)]))
        out.write(f'{syllable} {tone} {chars}\n')


main()

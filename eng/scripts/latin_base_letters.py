#!/usr/bin/env python3
"""Prints the base-letter tables of src/NetworkGraph/Surveys/LatinBaseLetters.cs.

For each code point of Latin-1 Supplement .. Latin Extended-B (U+00C0-U+024F) and Latin Extended
Additional (U+1E00-U+1EFF): the ASCII letter its Unicode NFD starts with when the rest is combining
marks, else '.' (no mapping). Run with /usr/bin/python3 (unicodedata of the system Python).
"""
import unicodedata

for lo, hi in [(0xC0, 0x24F), (0x1E00, 0x1EFF)]:
    chars = []
    for cp in range(lo, hi + 1):
        d = unicodedata.normalize("NFD", chr(cp))
        ok = len(d) > 1 and ord(d[0]) < 0x80 and all(unicodedata.combining(c) for c in d[1:])
        chars.append(d[0] if ok else ".")
    s = "".join(chars)
    print(f"// U+{lo:04X}..U+{hi:04X} (unicodedata {unicodedata.unidata_version})")
    for i in range(0, len(s), 64):
        print(f'"{s[i:i + 64]}" +')

#!/usr/bin/env python3
"""Removes from the letter's fonts (fonts/NotoSerif-*.ttf) the tables Klagehjelp never uses.

The letter is set glyph by glyph at each glyph's advance (src/pdf/fonts.rs): no kerning,
no ligatures, so the OpenType layout tables (GPOS, GSUB, GDEF) are never read, and the
glyph names in `post` only make the file larger (PDF text is mapped to Unicode by the
ToUnicode map src/pdf/fonts.rs writes). Without them each face is about 115 KB smaller and
parses and subsets faster (issue 11 § 5). Every glyph, its outline and its advance stay.
The fonts are under the SIL Open Font License 1.1, which allows modified versions; Noto
Serif has no Reserved Font Name. Run once after replacing the fonts:

    pip install fonttools && scripts/slim-fonts.py
"""
import os
import sys

from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
for face in ("Regular", "Bold"):
    path = os.path.join(HERE, "..", "fonts", f"NotoSerif-{face}.ttf")
    font = TTFont(path)
    before = os.path.getsize(path)
    for tag in ("GPOS", "GSUB", "GDEF", "DSIG"):
        if tag in font:
            del font[tag]
    font["post"].formatType = 3.0
    font.save(path)
    print(f"{os.path.basename(path)}: {before} -> {os.path.getsize(path)} bytes", file=sys.stderr)

#!/usr/bin/env python3
"""Makes the screen fonts (ui/fonts/*.ttf) smaller without changing what the app shows.

- Noto Sans keeps the scripts of the app's languages and of names people type:
  Latin with every extension and IPA, Cyrillic (Ukrainian), combining marks,
  punctuation, currency, arrows and the few symbols the screens use. Greek and
  the rest go (about 3 300 glyphs → about 1 700); a character outside these
  ranges falls back to the computer's own fonts, as before.
- Noto Sans Arabic and Noto Sans Ethiopic keep every glyph.
- All six lose their glyph names and the DSIG table (a browser reads neither).
Layout tables (kerning, Arabic joining, Ethiopic marks) and hinting stay.
About 0.5 MB less to embed and to parse at start (issue 11 § 5). The fonts are
under the SIL Open Font License 1.1, which allows modified versions; Noto has
no Reserved Font Name. Re-running it changes nothing. Run after replacing them:

    pip install fonttools && scripts/slim-ui-fonts.py
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.join(HERE, "..", "ui", "fonts")

LATIN_CYRILLIC = (
    "U+0000-036F,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,"
    "U+2190-21FF,U+2212,U+2215,U+2219,U+221E,U+2260,U+2264,U+2265,U+25A0-25FF,"
    "U+2713,U+2714,U+2717,U+2718,U+FEFF,U+FFFD"
)

for name in sorted(os.listdir(FONTS)):
    if not name.endswith(".ttf"):
        continue
    path = os.path.join(FONTS, name)
    before = os.path.getsize(path)
    font = TTFont(path, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.glyph_names = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.drop_tables = options.drop_tables + ["DSIG"]
    sub = subset.Subsetter(options)
    if name.startswith("NotoSans-"):
        sub.populate(unicodes=subset.parse_unicodes(LATIN_CYRILLIC))
    else:
        sub.populate(unicodes=font.getBestCmap().keys())
    sub.subset(font)
    font.save(path)
    print(f"{name}: {before} -> {os.path.getsize(path)} bytes", file=sys.stderr)

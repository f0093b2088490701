"""Fill unfinished messages of a Qt .ts catalogue from a JSON map {source: translation}.

    .venv/bin/python scripts/ts_fill.py resources/translations/X_zh_Hant.ts map.json

Only messages marked unfinished whose source is in the map are changed; the rest of the file
is left byte for byte (a plain text edit, so lupdate's formatting is kept).
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path


def fill(ts: Path, mapping: dict[str, str]) -> int:
    text = ts.read_text(encoding="utf-8")
    pattern = re.compile(
        r"(<source>)([^<]*)(</source>\s*<translation) type=\"unfinished\"(></translation>|/>)",
        re.S,
    )
    changed = 0

    def replace(m: re.Match[str]) -> str:
        nonlocal changed
        source = html.unescape(m.group(2))
        if source not in mapping:
            return m.group(0)
        changed += 1
        value = html.escape(mapping[source], quote=False)
        return f"{m.group(1)}{m.group(2)}{m.group(3)}>{value}</translation>"

    ts.write_text(pattern.sub(replace, text), encoding="utf-8")
    return changed


if __name__ == "__main__":
    count = fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
    print(f"{sys.argv[1]}: {count} filled")

#!/usr/bin/env python3
"""List the English Fluent message ids each locale lacks (the completeness check of
crates/engine/tests/locales.rs, before a build).

    scripts/missing-messages.py            # per locale: count and ids
    scripts/missing-messages.py --english  # the missing English messages, once, with their text
    scripts/missing-messages.py --extra    # also ids a locale has that English lacks
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "locales"
ID = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*)\s*=")


def messages(path):
    """id -> full source text of the message (first line plus indented continuation lines)."""
    out, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = ID.match(line)
        if m:
            current = m.group(1)
            out[current] = [line]
        elif current and line[:1] in (" ", "\t") and line.strip():
            out[current].append(line)
        else:
            current = None
    return {k: "\n".join(v) for k, v in out.items()}


def main():
    en = messages(ROOT / "en" / "clawmedic.ftl")
    locales = sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name != "en")
    union, groups = [], {}
    for lang in locales:
        have = messages(ROOT / lang / "clawmedic.ftl")
        missing = [k for k in en if k not in have]
        union += [k for k in missing if k not in union]
        groups.setdefault(tuple(missing), []).append(lang)
        if "--extra" in sys.argv:
            extra = [k for k in have if k not in en]
            if extra:
                print(f"{lang}: {len(extra)} extra {' '.join(extra)}")
    if "--english" not in sys.argv:
        # Locales that miss the same ids are listed together.
        for missing, langs in groups.items():
            print(f"{' '.join(langs)}: {len(missing)} missing {' '.join(missing)}")
    if "--english" in sys.argv:
        for k in union:
            print(en[k])
    return 0


if __name__ == "__main__":
    sys.exit(main())

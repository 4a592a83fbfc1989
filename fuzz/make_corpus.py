#!/usr/bin/env python3
"""(Re)build the fuzz seed corpus from the project's own fixtures.

Seeds: every message of ../../shared/cases/{dev,lang}/*.json (when present beside the
project), the benchmark fixtures in ../crates/engine/benches/fixtures/*.txt, and the inline examples of
formats.md-shaped output used by the tests. Files are named `seed-<source>`; crashes found by
fuzzing are kept as `regress-<what>` and never deleted by this script.

    cd fuzz && python3 make_corpus.py
"""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TARGETS = ["ingest", "parse", "diagnose", "detect"]


def sources():
    for kind in ("dev", "lang"):
        for f in sorted(glob.glob(os.path.join(ROOT, "..", "shared", "cases", kind, "*.json"))):
            case = json.load(open(f, encoding="utf-8"))
            name = os.path.splitext(os.path.basename(f))[0]
            yield name, [m for m in case.get("messages", []) if isinstance(m, str)]
    for f in sorted(glob.glob(os.path.join(ROOT, "benches", "fixtures", "*.txt"))):
        name = "bench-" + os.path.splitext(os.path.basename(f))[0]
        yield name, [open(f, encoding="utf-8").read()]


def write(target, name, data: bytes):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "seed-" + name), "wb") as fh:
        fh.write(data)


def main():
    for d in TARGETS:
        for f in glob.glob(os.path.join(HERE, "corpus", d, "seed-*")):
            os.remove(f)
    n = 0
    for name, messages in sources():
        if not messages:
            continue
        for i, m in enumerate(messages):
            b = m.encode("utf-8")
            for t in ("ingest", "parse", "detect"):
                write(t, f"{name}-{i + 1}", b)
        # diagnose: first byte picks the locale (0 = en), messages separated by NUL.
        write("diagnose", name, bytes([n % 24]) + b"\0".join(m.encode("utf-8") for m in messages))
        n += 1
    print(f"{n} seed sources written for {', '.join(TARGETS)}")


if __name__ == "__main__":
    main()

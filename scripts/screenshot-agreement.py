#!/usr/bin/env python3
"""Image-vs-text agreement on the screenshot fixtures (issue 15).

For every case in tests/data/screenshots, runs the binary on the case (screenshots) and on its
source case's text (`source_case`, from ../shared/cases), and compares the top cause and the
step commands of the top finding. Also counts commands that carry a misread id: a word of a
command of the image run that is an id, ref or pin (holds `:` or `@`, or `a/b`) and is not in
the source case's text nor in a command of the text run, placeholders (`<profile-id>`) aside.

Usage: scripts/screenshot-agreement.py --bin target/release/clawmedic [--min 0.90] [DIR]
Exit 1 when agreement is below --min or any command carries a misread id.
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor


def run(binary, case, base):
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, m in enumerate(case["messages"], 1):
            if m.startswith("@image:"):
                name = m[len("@image:"):]
                ext = os.path.splitext(name)[1].lower()
                dst = os.path.join(tmp, f"message-{i}{ext}")
                shutil.copy(os.path.join(base, name), dst)
            else:
                dst = os.path.join(tmp, f"message-{i}.txt")
                with open(dst, "w", encoding="utf-8") as f:
                    f.write(m)
            files.append(dst)
        cmd = binary.split() + ["diagnose", "--format", "json"]
        if case.get("lang_flag"):
            cmd += ["--lang", case["lang_flag"]]
        if case.get("pass_version") and case.get("openclaw_version"):
            cmd += ["--openclaw-version", case["openclaw_version"]]
        p = subprocess.run(cmd + files, capture_output=True, text=True, timeout=60, cwd=tmp)
        if p.returncode != 0:
            return None
        return json.loads(p.stdout)


def summary(out):
    if out is None:
        return ("crash", (), ())
    f = out.get("findings") or []
    cause = f[0]["cause"] if f else ("need_more_info" if out.get("asks") else "none")
    steps = tuple(s["command"] for s in (f[0]["steps"] if f else []))
    every = tuple(s["command"] for x in f for s in x["steps"]) + tuple(a["command"] for a in out.get("asks") or [])
    return (cause, steps, every)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--min", type=float, default=0.0)
    ap.add_argument("--cases", default=os.path.join(root, "../shared/cases"))
    ap.add_argument("dir", nargs="?", default=os.path.join(root, "tests/data/screenshots"))
    a = ap.parse_args()
    # Cases run in a temporary folder: a relative binary path is made absolute first.
    if os.path.exists(a.bin):
        a.bin = os.path.abspath(a.bin)
    cases = []
    for n in sorted(os.listdir(a.dir)):
        if n.endswith(".json"):
            c = json.load(open(os.path.join(a.dir, n), encoding="utf-8"))
            src = json.load(open(os.path.join(a.cases, c["source_case"] + ".json"), encoding="utf-8"))
            cases.append((c, src))

    def one(pair):
        c, src = pair
        return c, summary(run(a.bin, c, a.dir)), summary(run(a.bin, src, a.dir))

    src_of = {c["id"]: src for c, src in cases}
    agree = misread = 0
    with ThreadPoolExecutor(max_workers=2) as ex:
        results = list(ex.map(one, cases))
    for c, img, txt in results:
        same = img[0] == txt[0] and img[1] == txt[1]
        agree += same
        # An id in a command of the image run that the source case's text does not hold.
        source_text = "\n".join(src_of[c["id"]]["messages"])
        text_words = {w for cmd in txt[2] for w in cmd.split()}
        bad = {w.strip("'\"`") for cmd in img[2] for w in cmd.split()
               if re.search(r"[:@]|\w/\w", w) and "<" not in w and w not in text_words
               and w.strip("'\"`") not in source_text}
        misread += len(bad)
        if not same or bad:
            print(f"DIFF {c['id']}: image {img[0]} {list(img[1])} | text {txt[0]} {list(txt[1])}"
                  + (f" | MISREAD {sorted(bad)}" if bad else ""))
    n = len(results)
    print(f"agreement: {agree}/{n} ({100.0 * agree / max(1, n):.1f}%) same cause and same commands")
    print(f"commands with a misread id: {misread}")
    sys.exit(0 if agree >= a.min * n and misread == 0 else 1)


if __name__ == "__main__":
    main()

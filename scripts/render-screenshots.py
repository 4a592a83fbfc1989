#!/usr/bin/env python3
"""Render the pastes of dev and report cases as terminal screenshots (issue 15).

For each chosen case of ../shared/cases, every message is split into the user's words (kept as
text) and the paste, which is drawn as a terminal window by headless Chromium (Debian's
package) in one of several looks: theme (dark, light, PowerShell blue, Ubuntu purple), font
(DejaVu Sans Mono, Liberation Mono), size (12-16 px), width in columns (80 wraps wide tables,
like a terminal does), some at device scale 2 (HiDPI), some re-encoded as JPEG at quality
70-85 and some downscaled, as chat clients do. Each case is written beside its images in the
scorer's format, messages `@image:NAME`, with `expect` copied from the source case and
`source_case` naming it (the scorer ignores extra keys), so that

    python3 ../shared/tools/score-cases --bin target/release/clawmedic tests/data/screenshots
    python3 scripts/screenshot-agreement.py --bin target/release/clawmedic

score the images and compare each with the text of its source case.

Usage: scripts/render-screenshots.py [--out tests/data/screenshots] [--cases ../shared/cases]
                                     [--shot PATH-to-the-shot-example-binary]
The `shot` tool (crates/ocr/examples/shot.rs) does the JPEG/downscale step:
    CARGO_TARGET_DIR=/tmp/tgt-ocr cargo build --release -p clawmedic-ocr --example shot
Deterministic: the same cases and looks every run (Chromium's anti-aliasing aside).
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

# Which cases, in a fixed order. Mojibake cases are left out: a screenshot shows the decoded
# characters, there is no byte-level mojibake left to read.
CASES = [
    "dev/syn-01-probe-table", "dev/syn-02-probe-table-auth-order", "dev/syn-03-probe-table",
    "dev/syn-04-probe-table-chat-error", "dev/syn-05-chat-error-probe-model-status",
    "dev/syn-06-probe-table", "dev/syn-07-cli-error-fenced", "dev/syn-08-cli-error-ansi",
    "dev/syn-09-models-status-ansi", "dev/syn-10-probe-table-one-line", "dev/syn-13-chat-text",
    "dev/syn-14-config-chat-error", "dev/syn-15-gateway-log",
    "dev/syn-16-chat-error-models-status", "dev/syn-17-models-status-chat-error",
    "dev/syn-18-probe-table", "dev/syn-19-gateway-log", "dev/syn-20-gateway-log",
    "dev/syn-21-probe-table-fenced", "dev/syn-22-gateway-log", "dev/syn-23-chat-reply",
    "dev/syn-24-chat-reply-gateway-log", "dev/syn-25-cli-error", "dev/syn-26-gateway-log",
    "dev/syn-27-cli-error", "dev/syn-28-chat-reply-auth-list",
    "dev/real-0fbec8", "dev/real-0febe4", "dev/real-129a8d", "dev/real-399a4e",
    "dev/real-5dfed7", "dev/real-671161", "dev/real-74d102", "dev/real-822585",
    "dev/real-9ecd0d", "dev/real-b0218a", "dev/real-c9316b", "dev/real-ea4413",
    "reports/rep-0295a9", "reports/rep-1ab3dd", "reports/rep-36480e", "reports/rep-588c0b",
    "reports/rep-5ff172", "reports/rep-7f15dd", "reports/rep-93a4c1", "reports/rep-b2d715",
    "reports/rep-c53625", "reports/rep-d076fa", "reports/rep-f86d7f", "reports/rep-bddc08",
]

THEMES = {
    # name: (background, foreground, error red, ok green, border grey)
    "dark": ("#1e1e1e", "#d4d4d4", "#f14c4c", "#23d18b", "#808080"),
    "light": ("#ffffff", "#333333", "#cd3131", "#00bc00", "#8a8a8a"),
    "powershell": ("#012456", "#eeedf0", "#ff6b6b", "#13a10e", "#cccccc"),
    "ubuntu": ("#300a24", "#ffffff", "#ef2929", "#8ae234", "#aaaaaa"),
}
FONTS = ["DejaVu Sans Mono", "Liberation Mono"]
# Looks cycled over the cases: (theme, font index, px, columns, device scale, post-processing).
LOOKS = [
    ("dark", 0, 14, 160, 1, None),
    ("light", 1, 14, 160, 1, None),
    ("powershell", 0, 16, 160, 1, ("jpeg", 80)),
    ("dark", 1, 13, 120, 1, None),
    ("ubuntu", 0, 15, 160, 1, ("jpeg", 75)),
    ("light", 0, 12, 160, 2, ("scale", 0.6)),
    ("dark", 0, 14, 80, 1, None),
    ("powershell", 1, 14, 140, 1, None),
    ("dark", 0, 16, 160, 1, ("scale", 0.8)),
    ("light", 1, 15, 100, 1, ("jpeg", 85)),
    ("dark", 1, 14, 160, 2, ("jpeg", 70)),
]

FENCE = re.compile(r"^\s*\\?`\\?`\\?`")
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]|\[(?:\d{1,3}(?:;\d{1,3})*)?m")
BOX = set("┌┬┐├┼┤└┴┘│─═║╔╗╚╝╠╣╦╩╬")
OUTPUT_START = re.compile(
    r"^(\s*[\[{<│┌├└`$>🦞]|\s*(openclaw|Auth probes|Model|Error|error|Warning|warn|Agent|"
    r"Config|Default|Fallbacks|Providers|Current|Auth|OAuth|Probed|Missing|Unknown|Gateway|"
    r"FailoverError|⚠|\d{4}-\d\d-\d\d|\d\d:\d\d|/model|HTTP|No API key|All models))"
)


def is_prose(par):
    """A paragraph of the user's words (not terminal output)."""
    if par.startswith("OpenClaw version:"):
        return True
    if any(c in BOX for c in par) or FENCE.search(par):
        return False
    first = par.split("\n", 1)[0]
    if OUTPUT_START.search(first):
        return first.startswith("OpenClaw version:")
    letters = sum(c.isalpha() or c.isspace() for c in par)
    return letters / max(1, len(par)) > 0.75 and len(par.split()) >= 3


def split_message(msg):
    """(prose, paste): the leading lines of the user's words (and `OpenClaw version:` lines),
    then the rest, which the screenshot shows."""
    lines = msg.split("\n")
    i = 0
    while i < len(lines) and (lines[i].strip() == "" or is_prose(lines[i])):
        i += 1
    return "\n".join(lines[:i]).strip("\n"), "\n".join(lines[i:]).strip("\n")


def terminal_text(paste):
    """What the terminal shows: no code fences, no ANSI codes, no Markdown bold, entities
    decoded (the user saw the characters, the paste kept the escapes)."""
    lines = [l for l in paste.split("\n") if not FENCE.search(l)]
    text = "\n".join(lines)
    text = ANSI.sub("", text).replace("\x1b", "")
    text = text.replace("**", "")
    return html.unescape(text)


def cells(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def hard_wrap(text, cols):
    """Wrap like a terminal: at exactly `cols` cells."""
    out = []
    for line in text.split("\n"):
        cur, w = "", 0
        for ch in line:
            c = cells(ch)
            if w + c > cols:
                out.append(cur)
                cur, w = "", 0
            cur += ch
            w += c
        out.append(cur)
    return out


def colour(line, theme):
    bg, fg, red, green, grey = THEMES[theme]
    esc = html.escape(line)
    low = line.lower()
    if re.search(r"error|failed|expired|invalid|401|403|429", low):
        return f'<span style="color:{red}">{esc}</span>'
    if re.search(r"\bok\b", low) and "│" not in line:
        return f'<span style="color:{green}">{esc}</span>'
    if line and all(c in BOX or c == " " for c in line):
        return f'<span style="color:{grey}">{esc}</span>'
    return esc


def render(lines, look, out_png, chromium):
    theme, font_i, px, cols, dsf, _post = look
    bg, fg = THEMES[theme][0], THEMES[theme][1]
    font = FONTS[font_i]
    line_h = round(px * 1.25)
    pad = 12
    prompt = "PS C:\\Users\\dana> " if theme == "powershell" else "dana@host:~$ "
    body = "\n".join([html.escape(prompt) + "openclaw …"] + [colour(l, theme) for l in lines])
    width = int(cols * px * 0.602) + 2 * pad + 4
    # Short windows come out blank from headless Chromium; a terminal has empty rows anyway.
    height = max((len(lines) + 1) * line_h + 2 * pad + 4, 360)
    doc = f"""<!doctype html><meta charset="utf-8"><style>
html,body{{margin:0;background:{bg};overflow:hidden}}
pre{{margin:0;padding:{pad}px;color:{fg};font:{px}px/{line_h}px '{font}',monospace;white-space:pre}}
</style><pre>{body}</pre>"""
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "shot.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(doc)
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", "--hide-scrollbars", "--virtual-time-budget=3000",
               "--run-all-compositor-stages-before-draw", f"--user-data-dir={tmp}/profile",
               f"--force-device-scale-factor={dsf}", f"--screenshot={out_png}",
               f"--window-size={width},{height}", "file://" + page]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=60)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(root, "tests/data/screenshots"))
    ap.add_argument("--cases", default=os.path.join(root, "../shared/cases"))
    ap.add_argument("--shot", default="/tmp/tgt-ocr/release/examples/shot")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for n, src in enumerate(CASES):
        case = json.load(open(os.path.join(args.cases, src + ".json"), encoding="utf-8"))
        look = LOOKS[n % len(LOOKS)]
        theme, font_i, px, cols, dsf, post = look
        tag = f"{theme}-{px}px-{cols}c" + (f"-x{dsf}" if dsf != 1 else "")
        if post:
            tag += f"-{post[0]}{str(post[1]).replace('.', '')}"
        cid = f"shot-{case['id']}-{tag}"
        messages = []
        for m_i, msg in enumerate(case["messages"]):
            prose, paste = split_message(msg)
            if prose:
                messages.append(prose)
            shown = terminal_text(paste)
            if not shown.strip():
                continue
            name = f"{cid}-m{m_i + 1}"
            png = os.path.join(args.out, name + ".png")
            render(hard_wrap(shown, cols), look, png, args.chromium)
            if post:
                kind, v = post
                if kind == "jpeg":
                    out = os.path.join(args.out, name + ".jpg")
                    subprocess.run([args.shot, "convert", png, out, "--jpeg", str(v)], check=True)
                    os.remove(png)
                    name += ".jpg"
                else:
                    subprocess.run([args.shot, "convert", png, png, "--scale", str(v)], check=True)
                    name += ".png"
            else:
                name += ".png"
            messages.append("@image:" + name)
        out_case = {
            "id": cid,
            "source": case["source"],
            "source_case": src,
            "look": {"theme": theme, "font": FONTS[font_i], "px": px, "columns": cols,
                     "device_scale": dsf, "post": list(post) if post else None},
            "messages": messages,
            "openclaw_version": case.get("openclaw_version"),
            "pass_version": case.get("pass_version", False),
            "lang_flag": case.get("lang_flag"),
            "expect": case["expect"],
        }
        with open(os.path.join(args.out, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(out_case, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(cid, len(messages), "messages", file=sys.stderr)


if __name__ == "__main__":
    main()

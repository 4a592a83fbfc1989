#!/usr/bin/env python3
"""Regenerate crates/engine/tests/data/messages.tsv from the reference messages.md.

Usage: scripts/extract-messages.py [path/to/messages.md] > crates/engine/tests/data/messages.tsv

Every backticked template of the tables of §1–§10 becomes one row, plus the user-visible text
fragments of §11.3 (multi-word or code-like ones; single common words such as `expired` are
not messages). Columns: section, expected cause ids (`|`-separated alternatives; `-` for an
informational line no cause comes from), template (`<placeholders>` kept; `\\t`/`\\n` never
occur). `none-fits:<id>` maps to <id> when the engine has that cause, else to the closest id
the row names, else to `need_more_info`. The test reads only the TSV (no ../shared at run time).
"""
import os
import re
import sys

# Cause ids the engine has for messages.md §12 proposals.
NEW_IDS = {"context_overflow", "oauth_refresh_transient", "env_key_not_bound", "turn_timeout", "directive_syntax"}
# §12 proposals that causes.md §3.9 later named differently.
RENAMED = {"no_tty_for_login": "login_requires_tty"}
KNOWN = set()  # cause ids of causes.md (its `#### \`id\`` headings) plus NEW_IDS


def code_spans(cell, with_gaps=False):
    """Backticked spans of a table cell; `\\`` is a literal backtick inside a span. With
    `with_gaps`, each span comes with the cell text before it."""
    spans, cur, gap, inside, i = [], [], [], False, 0
    while i < len(cell):
        c = cell[i]
        if c == "\\" and i + 1 < len(cell) and cell[i + 1] in "`|":
            (cur if inside else gap).append(cell[i + 1])
            i += 2
            continue
        if c == "`":
            if inside:
                spans.append(("".join(gap), "".join(cur)))
                cur, gap = [], []
            inside = not inside
        elif inside:
            cur.append(c)
        else:
            gap.append(c)
        i += 1
    return spans if with_gaps else [s for _, s in spans]


def split_row(line):
    """Cells of a Markdown table row; `|` inside backticks or escaped as `\\|` is not a separator."""
    cells, cur, inside, i = [], [], False, 0
    body = line.strip().strip("|")
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            cur.append(body[i : i + 2])
            i += 2
            continue
        if c == "`":
            inside = not inside
        if c == "|" and not inside:
            cells.append("".join(cur).strip())
            cur = []
        else:
            cur.append(c)
        i += 1
    cells.append("".join(cur).strip())
    return cells


def causes(cell, previous):
    """Expected cause ids of a cause-column cell (`previous`: the rows above, for "as above")."""
    if cell.startswith("as above") and previous:
        return previous[-1]
    if cell.startswith("as the two rows above") and len(previous) >= 2:
        return previous[-2] + [c for c in previous[-1] if c not in previous[-2]]
    if cell.startswith("("):
        # (hint; inherits…), (info), (success…), (none), (not a fault), (recovery…)
        return ["-"]
    m = re.search(r"none-fits:([a-z_]+)", cell)
    if m:
        proposed = RENAMED.get(m.group(1), m.group(1))
        if proposed in NEW_IDS or proposed in RENAMED.values():
            return [proposed]
        closest = re.search(r"closest `([a-z_]+)`", cell)
        return [closest.group(1)] if closest else ["need_more_info"]
    ids = []
    for s in code_spans(cell):
        if s in KNOWN and s not in ids:
            ids.append(s)
    if "need_more_info" in cell and "need_more_info" not in ids:
        ids.append("need_more_info")
    return ids or ["-"]


# Rows whose spans are the lines of one output block (joined with `\\n`), with an optional
# line that comes before the block in real pastes.
BLOCKS = {
    "Doctor hint (for GitHub issue):": "OAuth token refresh failed for anthropic: invalid_grant. Please try again or re-authenticate.",
    "Agent: <id>": None,
    "Current: <p>/<m>": None,
    "Fallbacks (<n>):": None,
    "- Generic `openai/*` model refs are paired with the Codex runtime.": "Doctor warnings:",
    "Update Anthropic OAuth profile id in config now?": None,
}

# Templates that are not asserted, with the reason (the test prints them as "left out").
NOTES = [
    (r"^Agent: <id>", "order get output: the cause needs the failing agent from elsewhere in the thread"),
    (r"^Current: <p>/<m>\\nSwitch", "bare /model output: informational"),
    (r"^/model status", "a /model status block: the cause needs its values compared (tests/parse_outputs.rs)"),
    (r"^(?:Current|Default|Agent|Auth file): <|^\(previous selection|^\[<p>\] endpoint|^• <p>", "a line of the /model status block (tests/parse_outputs.rs)"),
    (r"^Fallbacks \(<n>\):", "fallbacks list: the cause needs the asker to expect fallbacks"),
    (r"^<id>[= ]|^cooldown <n>m|^\[cooldown|^disabled:billing <n>h$|^cooldown:<reason> until <ISO>$", "a per-profile flag of a status line, read by the status parsers, not a message alone"),
    (r"^<manifest suppression|^⚠️ <provider's own", "the text is supplied by the provider plugin (examples follow as their own rows)"),
    (r"^Remove deprecated CLI auth profiles now\?$|^- removed <id> from config$", "a prompt line of the doctor block above it"),
    (r"^Auth profile: <id> \(", "login success line: the cause needs the failing agent from elsewhere in the thread"),
    (r"^error: unknown option ", "answered as a note (the flag is newer than the build: diagnose/mod.rs flag_notes), not as a finding"),
    (r"All models failed \(<n>\): …", "segments elided: the cause is in the segments (the full form is its own row)"),
    (r"^HTTP 5xx$", "notation for any 5xx status (the §8 rows test real ones)"),
    (r"^(?:invalid token|access denied)$", "too generic alone: gateway and channel tokens use the same words"),
    (r"^Doctor hint$", "a word of the row's prose (the Doctor hint block is its own row)"),
]


def note_for(template, exp):
    if exp == ["-"]:
        return "informational: nothing to fix"
    for pat, why in NOTES:
        if re.search(pat, template):
            return why
    return ""


def first_sentence(t):
    m = re.match(r"(.+?[.!?])\s", t)
    return m.group(1) if m else t


def templates(cell):
    """The templates of a template cell: its backticked spans that read as a message. Spans
    joined by `+` are lines of one message (written `\\n` in the TSV); a span starting with `…`
    is another ending of the one before; a prefix span (`Error:`) or a `(reason)` suffix span
    is applied to the row's first template."""
    spans = [(g, s.strip()) for g, s in code_spans(cell, with_gaps=True)]
    if spans and spans[0][1] in BLOCKS:
        lines = [s for _, s in spans]
        before = BLOCKS[spans[0][1]]
        return ["\\n".join(([before] if before else []) + lines)]
    out = []
    for gap, s in spans:
        if len(s) < 8 and not re.search(r"[a-z]{3}", s):
            continue
        if re.fullmatch(r"[A-Za-z_]+", s):
            continue  # a field name quoted in prose (`profileId`), not a message
        if out and re.fullmatch(r"\s*\+\s*(?:hint\s*)?", gap):
            out[-1] += "\\n" + s
        elif out and s.startswith("…"):
            rest = s.lstrip("… ")
            joiner = " " if rest[:1].isupper() else " … "
            out.append(first_sentence(out[-1]) + joiner + rest)
        elif out and re.fullmatch(r"\(\w+\)", s):
            out.append(out[0] + " " + s)
        elif out and re.search(r":\s*…?$", s) and len(s) < 60:
            prefix = re.sub(r"\s*…$", "", s)
            base = out[0]
            head = prefix.rsplit(" ", 1)[-1]
            if " " in prefix and base.startswith(head):
                prefix = prefix.rsplit(" ", 1)[0]
            out.append(prefix + " " + base)
        else:
            out.append(s)
    return out


SEC = re.compile(r"^#{2,3} (\d+[a-z]?(?:\.\d+)?)\.? ")


def main(path):
    causes_md = os.path.join(os.path.dirname(path), "causes.md")
    with open(causes_md, encoding="utf-8") as f:
        KNOWN.update(re.findall(r"^#### `([a-z0-9_]+)`", f.read(), re.M))
    KNOWN.update(NEW_IDS)
    section = None
    rows = []
    row_causes = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    # §11.1: HTTP status → cause ids, for the raw `HTTP <code>: <text>` forms of §8.
    statuses = []
    in_status = False
    for line in lines:
        if line.startswith("### 11.1"):
            in_status = True
        elif line.startswith("#"):
            in_status = False
        elif in_status and line.startswith("|") and not line.startswith("|---"):
            cells = split_row(line)
            first = re.match(r"(\d{3})", cells[0])
            if first and first.group(1) not in ("408", "410", "499", "529"):
                exp = causes(cells[-1], [])
                code = first.group(1)
                statuses.append((code, exp))
    statuses.append(("503", ["provider_unreachable"]))
    for line in lines:
        m = SEC.match(line)
        if m:
            section = m.group(1)
            continue
        if not line.startswith("|") or line.startswith("|---") or section is None:
            continue
        cells = split_row(line)
        top = section.split(".")[0].rstrip("b")
        if top.isdigit() and 1 <= int(top) <= 10 and len(cells) >= 5:
            if cells[0] == "message template":
                continue
            exp = causes(cells[3], row_causes)
            row_causes.append(exp)
            found = templates(cells[0])
            if cells[3].startswith("as the two rows above") and len(found) == 2:
                # One template per row above, in order (§9 plain-language timeout copy).
                rows.append((section, row_causes[-3], found[0]))
                rows.append((section, row_causes[-2], found[1]))
                continue
            for t in found:
                if "<code>" in t and "§11" in cells[3]:
                    # Raw provider errors: one row per HTTP status of §11.1.
                    for code, exp_code in statuses:
                        rows.append((section, exp_code, t.replace("<code>", code)))
                    continue
                rows.append((section, exp, t))
        elif section == "11.3" and len(cells) >= 3 and cells[0] != "reason":
            exp = causes(cells[2], [])
            for t in code_spans(cells[1]):
                t = t.strip()
                # Substring classifiers, not messages: single words, regex-ish and elided ones.
                if " " not in t and "_" not in t and not re.search(r"[^\x00-\x7f]", t):
                    continue
                if "…" in t or "|" in t or "<" in t or "/" in t or "(" in t or "*" in t or len(t) < 6:
                    continue
                rows.append((section, exp, t))
    # The same template under two sections (§1 and §9) keeps every cause either names.
    merged = {}
    for sec, exp, t in rows:
        if t in merged:
            merged[t] = (merged[t][0], merged[t][1] + [c for c in exp if c not in merged[t][1] and c != "-"])
        else:
            merged[t] = (sec, list(exp))
    rows = [(sec, exp, t) for t, (sec, exp) in merged.items()]
    seen = set()
    print("# Generated by scripts/extract-messages.py from shared/reference/messages.md: do not edit by hand.")
    print("# section\tcauses\ttemplate\tnote (a template with a note is listed, not asserted)")
    for sec, exp, t in rows:
        key = (t, tuple(exp))
        if key in seen:
            continue
        seen.add(key)
        print(f"{sec}\t{'|'.join(exp)}\t{t}\t{note_for(t, exp)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/messages.md")

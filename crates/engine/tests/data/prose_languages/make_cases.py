#!/usr/bin/env python3
"""Regenerate cases.json and en.txt from ../shared/cases/{dev,reports} (run from the repo root:
`python3 crates/engine/tests/data/prose_languages/make_cases.py ../shared/cases`).

cases.json keeps each case's messages byte for byte (and the version when the case passes it
as a flag). en.txt lists, per case, the asker's own words: the lines that the translations in
<locale>.txt replace, one segment per line, in order."""
import json, glob, os, sys

# Synthetic cases interleave prose and paste: their prose segments are chosen by hand.
MANUAL = {
    "syn-01-probe-table": ["Chat keeps answering with \"Model login expired on the gateway for openai-codex\". Here's what the probe says:"],
    "syn-02-probe-table-auth-order": ["After updating to 2026.6.9 every OpenAI request fails, and the probe skips all my accounts:"],
    "syn-04-probe-table-chat-error": [None, "Then I tried to force that account in the channel and got this:"],
    "syn-05-chat-error-probe-model-status": ["The Discord channel answers every message with", "I already logged in again with my backup account (jonas-backup) and restarted the gateway."],
    "syn-06-probe-table": ["Re-logged in with my other account (ines) and set it as the only one in the auth order. The CLI probe is fine, but the Telegram chat still says \"Model login expired on the gateway for openai-codex\"."],
    "syn-07-cli-error-fenced": ["Upgraded to 2026.7.1 and now the agent won't start a turn:"],
    "syn-08-cli-error-ansi": ["following an older guide, login fails:"],
    "syn-09-models-status-ansi": ["the bot stopped replying this morning. models status:"],
    "syn-10-probe-table-one-line": ["claude stopped working, I'm on 2026.6.9. probe output (sorry, the formatting got lost):"],
    "syn-11-doctor-cp1252": ["Depuis ce matin le bot ne répond plus. J'ai lancé openclaw doctor sous Windows (version 2026.6.9) et voilà ce que ça affiche :"],
    "syn-13-chat-text": ["hey, unrelated maybe, but my deploy script dies with this, any idea?"],
    "syn-14-config-chat-error": ["Getting 401 on every message even though I just put a new key in. Here's my provider block and the error."],
    "syn-15-gateway-log": ["After the update to 2026.9.3 nothing answers and the gateway log is full of this:"],
    "syn-16-chat-error-models-status": ["Our second agent (scout) fails on every message in #lab, the main agent is fine."],
    "syn-17-models-status-chat-error": ["I put OPENROUTER_API_KEY into ~/.openclaw/.env. The CLI sees it now:", "but Discord still answers with"],
    "syn-18-probe-table": ["Just upgraded to 2026.7.1 and want to make sure auth is fine before I go to bed:"],
    "syn-19-gateway-log": ["The bot doesn't come online in Discord anymore since I rotated some tokens yesterday. Gateway log:"],
    "syn-21-probe-table-fenced": ["Both accounts fail now. Is the login broken, should I re-auth? (2026.7.1)"],
    "syn-22-gateway-log": ["The bot in our long-running #ops thread stopped answering, other channels are fine."],
    "syn-23-chat-reply": ["I tried to switch the channel to the pro model and the bot only says this:"],
    "syn-24-chat-reply-gateway-log": ["Anthropic is overloaded tonight. My default is openai with a google fallback, but this channel never falls back to either."],
    "syn-25-cli-error": ["I set the order so the team account goes first, but the bot keeps using the default one."],
    "syn-26-gateway-log": ["Codex keeps failing with 401 even right after I log in again."],
    "syn-27-cli-error": ["Trying to make openai use my Claude key as backup, is that not possible?"],
    "syn-28-chat-reply-auth-list": ["Copied the pin from my notes from May, but it doesn't take anymore (I'm on 2026.6.9 now):"],
}

def leading_prose(m):
    cuts = [i for i in (m.find("\nOpenClaw version:"), m.find("\n\n"), m.find("\n```")) if i >= 0]
    first = m[: min(cuts)] if cuts else m
    return first.split("\n")[0]

root = sys.argv[1]
cases, en = [], []
for f in sorted(glob.glob(os.path.join(root, "dev", "*.json"))) + sorted(glob.glob(os.path.join(root, "reports", "*.json"))):
    c = json.load(open(f, encoding="utf-8"))
    segs = MANUAL.get(c["id"], [None])
    segs = [leading_prose(c["messages"][0]) if s is None else s for s in segs]
    text = "\n".join(c["messages"])
    for s in segs:
        assert text.count(s) == 1, (c["id"], s)
    cases.append({"id": c["id"], "messages": c["messages"], "version": c["openclaw_version"] if c.get("pass_version") else None})
    en.append("# " + c["id"])
    en.extend(segs)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "cases.json"), "w", encoding="utf-8") as out:
    json.dump(cases, out, ensure_ascii=False, indent=1)
    out.write("\n")
with open(os.path.join(here, "en.txt"), "w", encoding="utf-8") as out:
    out.write("\n".join(en) + "\n")

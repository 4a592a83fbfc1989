//! Hand-written forms of the small prose-stripping regexes (`LEADER`, `CUT_AT`, `SPANS`, kept
//! in the tests as the reference). Compiling the three regexes was 5 M instructions of a
//! one-shot run, a sixth of it (issue 14); each function here says what its regex matches,
//! leftmost-first, on the same bytes (all classes are ASCII, `%b` is an ASCII word boundary).

/// `[A-Za-z0-9_]`, the `%w` of the patterns.
fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `[\t\x20]`, the `%s` of the patterns.
fn blank(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// End of the run of bytes from `i` for which `class` holds.
fn run(b: &[u8], i: usize, class: impl Fn(u8) -> bool) -> usize {
    let mut j = i;
    while j < b.len() && class(b[j]) {
        j += 1;
    }
    j
}

/// Whether an ASCII word boundary is at `i` (`(?-u:\b)`).
fn boundary(b: &[u8], i: usize) -> bool {
    let before = i > 0 && word(b[i - 1]);
    let after = i < b.len() && word(b[i]);
    before != after
}

/// End of `LEADER` (`^(?:[\t ]*(?:>{1,3}|[-*+•·↳→]|[0-9]{1,2}[.)])[\t ]+)+`) at the start of
/// `line`, if it matches.
pub(super) fn leader_end(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut end = None;
    let mut pos = 0;
    loop {
        let i = run(b, pos, blank);
        let Some(j) = leader_item(line, i) else { break };
        let k = run(b, j, blank);
        if k == j {
            break;
        }
        end = Some(k);
        pos = k;
    }
    end
}

/// End of `>{1,3}|[-*+•·↳→]|[0-9]{1,2}[.)]` at `i` (a quote marker of four `>` is none: the
/// blank the regex needs after it cannot follow a shorter one).
fn leader_item(line: &str, i: usize) -> Option<usize> {
    let b = line.as_bytes();
    let &c = b.get(i)?;
    match c {
        b'>' => {
            let r = run(b, i, |c| c == b'>') - i;
            (r <= 3).then_some(i + r)
        }
        b'-' | b'*' | b'+' => Some(i + 1),
        b'0'..=b'9' => {
            let d = run(b, i, |c| c.is_ascii_digit()) - i;
            (d <= 2 && matches!(b.get(i + d), Some(b'.' | b')'))).then_some(i + d + 1)
        }
        _ => ['•', '·', '↳', '→']
            .into_iter()
            .find(|&g| line[i..].starts_with(g))
            .map(|g| i + g.len_utf8()),
    }
}

/// Literal alternatives of `CUT_AT`, by first byte.
fn cut_literals(first: u8) -> &'static [&'static str] {
    match first {
        0xE2 => &["⚠"],
        0xF0 => &["🦞"],
        b'A' => &[
            "Agent failed before reply",
            "All models failed",
            "Auth profile credentials",
            "Auth reason [",
            "Auth probes",
            "API rate limit reached",
            "Auth store:",
        ],
        b'M' => &["Model login expired on the gateway", "Missing API key for"],
        b'N' => &["No API key found"],
        b'E' => &["Excluded by auth.order"],
        b'U' => &["Unknown model:", "Unknown provider:"],
        b'i' => &["is in cooldown", "is not allowed. Use"],
        b'T' => &["Token refresh failed"],
        b't' => &["token refresh failed", "then try again"],
        b'R' => &["Re-auth with", "Re-auth via", "Re-auth required", "Requested agent harness"],
        b'P' => &["Please try again"],
        b'l' => &["lane task error"],
        b'e' => &["embedded run"],
        b'm' => &["model fallback decision"],
        b'O' => &["OpenClaw version", "OAuth refresh errors"],
        b'C' => &["Configure auth for", "Could not validate your"],
        b'r' => &["requires legacy credential"],
        b'a' => &["all profiles unavailable"],
        b'Y' => &["Your refresh token has"],
        _ => &[],
    }
}

/// Whether an alternative of `CUT_AT` other than `%w+Error %b` starts at `i`.
fn cut_starts_at(b: &[u8], i: usize) -> bool {
    let rest = &b[i..];
    if cut_literals(b[i]).iter().any(|l| rest.starts_with(l.as_bytes())) {
        return true;
    }
    match b[i] {
        // `Probed\ %d+\ targets?`
        b'P' => rest.strip_prefix(b"Probed ").is_some_and(|r| {
            let d = run(r, 0, |c| c.is_ascii_digit());
            d > 0 && r[d..].starts_with(b" target")
        }),
        // `%b Error:%s`
        b'E' => {
            boundary(b, i) && rest.starts_with(b"Error:") && rest.get(6).is_some_and(|&c| blank(c))
        }
        // `%b HTTP\ %d{3}:`
        b'H' => {
            boundary(b, i)
                && rest.starts_with(b"HTTP ")
                && rest.len() >= 9
                && rest[5..8].iter().all(u8::is_ascii_digit)
                && rest[8] == b':'
        }
        _ => false,
    }
}

/// Start of the leftmost match of `CUT_AT` in `line`.
pub(super) fn cut_at(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut best: Option<usize> = None;
    // Start of the run of word bytes `i` is in (`%w+Error %b` starts there).
    let mut run_start = 0;
    for i in 0..b.len() {
        if i == 0 || !word(b[i - 1]) {
            run_start = i;
        }
        if best.is_some_and(|s| i >= s && run_start >= s) {
            break;
        }
        // `%w+Error %b`
        if b[i] == b'E'
            && i > run_start
            && b[i..].starts_with(b"Error")
            && !b.get(i + 5).is_some_and(|&c| word(c))
        {
            best = Some(best.map_or(run_start, |s| s.min(run_start)));
        }
        if best.is_none() && cut_starts_at(b, i) {
            best = Some(i);
        }
    }
    best
}

/// `openclaw` words after which a command goes on (`SUBCOMMANDS` and the verbs `SPANS` adds).
const COMMAND_WORDS: &[&str] = &[
    "models",
    "auth",
    "agent",
    "agents",
    "config",
    "configure",
    "doctor",
    "gateway",
    "onboard",
    "update",
    "plugins",
    "logs",
    "channels",
    "status",
    "login",
    "logout",
    "sessions",
    "cron",
    "help",
    "reset",
    "setup",
    "dashboard",
    "message",
    "memory",
    "nodes",
    "skills",
    "tui",
    "health",
    "security",
    "backup",
    "secrets",
    "approvals",
    "sandbox",
    "hooks",
    "pairing",
    "browser",
    "system",
    "uninstall",
    "completion",
    "webhooks",
    "devices",
    "docs",
    "acp",
    "dns",
    "list",
    "get",
    "set",
    "add",
    "remove",
    "order",
    "probe",
    "restart",
    "start",
    "stop",
];

/// End of `--?[A-Za-z][A-Za-z0-9_-]*` at `i`.
fn flag_name(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'-') {
        return None;
    }
    let l = if b.get(i + 1) == Some(&b'-') { i + 2 } else { i + 1 };
    if !b.get(l).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    Some(run(b, l + 1, |c| word(c) || c == b'-'))
}

/// End of one `openclaw` argument at `i`: `(?:WORDS)%b|--?[A-Za-z][A-Za-z0-9_-]*(?:=%S+)?|<[^>\t\x20]*>`.
fn command_arg(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b'-' => {
            let k = flag_name(b, i)?;
            let v = run(b, k + 1, |c| !blank(c));
            Some(if b.get(k) == Some(&b'=') && v > k + 1 { v } else { k })
        }
        b'<' => {
            let k = run(b, i + 1, |c| c != b'>' && !blank(c));
            (b.get(k) == Some(&b'>')).then_some(k + 1)
        }
        _ => {
            let k = run(b, i, word);
            let w = &b[i..k];
            COMMAND_WORDS.iter().any(|c| c.as_bytes() == w).then_some(k)
        }
    }
}

/// End of one `/command` argument at `i`: `status|list|reset|new|[A-Za-z0-9_.:@/~-]*[.:@/_][A-Za-z0-9_.:@/~-]*`.
fn slash_arg(b: &[u8], i: usize) -> Option<usize> {
    let rest = &b[i..];
    for w in ["status", "list", "reset", "new"] {
        if rest.starts_with(w.as_bytes()) {
            return Some(i + w.len());
        }
    }
    let path = |c: u8| word(c) || matches!(c, b'.' | b':' | b'@' | b'/' | b'~' | b'-');
    let k = run(b, i, path);
    b[i..k].iter().any(|c| matches!(c, b'.' | b':' | b'@' | b'/' | b'_')).then_some(k)
}

/// Repeat `(?:%s+ARG)*` from `pos`, greedily (nothing follows in the pattern, so the first
/// repetition that fails ends the match before its blanks).
fn args(b: &[u8], mut pos: usize, arg: impl Fn(&[u8], usize) -> Option<usize>) -> usize {
    loop {
        let k = run(b, pos, blank);
        if k == pos {
            return pos;
        }
        match arg(b, k) {
            Some(e) => pos = e,
            None => return pos,
        }
    }
}

/// `"[\x20\x21\x23-\x7E]*"`, `“[\x20-\x7E]*”`, `„[\x20-\x7E]*[“”]`, `«[\x20-\x7E]*»`,
/// `「[\x20-\x7E]*」`, `『[\x20-\x7E]*』` at `i`.
fn quote(b: &[u8], i: usize) -> Option<usize> {
    const QUOTES: [(&str, &[&str]); 6] = [
        ("\"", &["\""]),
        ("“", &["”"]),
        ("„", &["“", "”"]),
        ("«", &["»"]),
        ("「", &["」"]),
        ("『", &["』"]),
    ];
    let rest = &b[i..];
    let (open, close) = QUOTES.iter().find(|(o, _)| rest.starts_with(o.as_bytes()))?;
    let from = i + open.len();
    let k = if *open == "\"" {
        run(b, from, |c| (0x20..=0x7E).contains(&c) && c != b'"')
    } else {
        run(b, from, |c| (0x20..=0x7E).contains(&c))
    };
    close.iter().find(|c| b[k..].starts_with(c.as_bytes())).map(|c| k + c.len())
}

/// Matches of `SPANS` in one line, as `Regex::find_iter` gives them.
struct Spans<'a> {
    b: &'a [u8],
    /// Whether the line holds an `@` (no e-mail otherwise).
    at_sign: bool,
    /// The e-mail result of the run of local-part bytes that ends at `.0`: every start in
    /// one run gives the same end.
    email: (usize, Option<usize>),
}

impl Spans<'_> {
    /// `[A-Za-z0-9_.+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+` at `i`.
    fn email(&mut self, i: usize) -> Option<usize> {
        let b = self.b;
        let local = |c: u8| word(c) || matches!(c, b'.' | b'+' | b'-');
        if !self.at_sign || !local(b[i]) {
            return None;
        }
        if i < self.email.0 {
            return self.email.1;
        }
        let label = |c: u8| word(c) || c == b'-';
        let j = run(b, i, local);
        let end = (b.get(j) == Some(&b'@')).then_some(()).and_then(|()| {
            let mut k = run(b, j + 1, label);
            if k == j + 1 {
                return None;
            }
            let mut labels = 0;
            while b.get(k) == Some(&b'.') && b.get(k + 1).is_some_and(|&c| label(c)) {
                k = run(b, k + 1, label);
                labels += 1;
            }
            (labels > 0).then_some(k)
        });
        self.email = (j, end);
        end
    }

    /// End of the match of `SPANS` that starts at `i`: its alternatives in order.
    fn at(&mut self, i: usize) -> Option<usize> {
        let b = self.b;
        let rest = &b[i..];
        let c = b[i];
        if c == b'`' {
            let k = run(b, i + 1, |c| c != b'`');
            return Some(if k < b.len() { k + 1 } else { k });
        }
        let starts_word = matches!(c, b'h' | b'f' | b'w' | b'o' | b'O') && boundary(b, i);
        if starts_word {
            for scheme in ["https://", "http://", "ftp://", "file://", "wss://", "ws://", "www."] {
                if rest.starts_with(scheme.as_bytes()) {
                    let k = run(b, i + scheme.len(), |c| !blank(c));
                    if k > i + scheme.len() {
                        return Some(k);
                    }
                }
            }
        }
        if let Some(e) = self.email(i) {
            return Some(e);
        }
        if matches!(c, b'"' | 0xC2 | 0xE2 | 0xE3) {
            if let Some(e) = quote(b, i) {
                return Some(e);
            }
        }
        if starts_word {
            for name in ["openclaw", "OpenClaw", "Openclaw", "OPENCLAW"] {
                if rest.starts_with(name.as_bytes()) {
                    return Some(args(b, i + name.len(), command_arg));
                }
            }
        }
        // `(?:^|%s)/…` and `(?:^|%s)--?…`
        let lead = if i == 0 && matches!(c, b'/' | b'-') { i } else { i + 1 };
        if lead > i && !blank(c) {
            return None;
        }
        match b.get(lead) {
            Some(b'/') => {
                if !b.get(lead + 1).is_some_and(u8::is_ascii_lowercase) {
                    return None;
                }
                let k = run(b, lead + 2, |c| word(c) || c == b'-');
                Some(args(b, k, slash_arg))
            }
            Some(b'-') => {
                let k = flag_name(b, lead)?;
                Some(if b.get(k) == Some(&b'=') { run(b, k + 1, |c| !blank(c)) } else { k })
            }
            _ => None,
        }
    }
}

/// `SPANS.replace_all(line, " ")`.
pub(super) fn replace_spans(line: &str) -> std::borrow::Cow<'_, str> {
    let b = line.as_bytes();
    let mut spans = Spans { b, at_sign: memchr::memchr(b'@', b).is_some(), email: (0, None) };
    let mut out = String::new();
    let (mut copied, mut matched) = (0, false);
    let mut i = 0;
    while i < b.len() {
        match spans.at(i) {
            Some(end) => {
                out.push_str(&line[copied..i]);
                out.push(' ');
                (copied, matched) = (end, true);
                i = end;
            }
            None => i += 1,
        }
    }
    if !matched {
        return std::borrow::Cow::Borrowed(line);
    }
    out.push_str(&line[copied..]);
    std::borrow::Cow::Owned(out)
}

/// Whether a branch of the output-line pattern that starts with a class matches at the start
/// of `line` (`^(?:…)` of the branches `lead` gives no byte; compiling them was 1 M
/// instructions of every run). The classes are ASCII, and every run below is maximal because
/// the byte that must follow it is outside its class.
pub(super) fn output_any(line: &str) -> bool {
    let b = line.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let digit = |i: usize| at(i).is_ascii_digit();
    let w = run(b, 0, word);
    // `%w*(?:Error|Exception)(?:\ \[[^\]]*\])?:`
    let head = &b[..w];
    if head.ends_with(b"Error") || head.ends_with(b"Exception") {
        if at(w) == b':' {
            return true;
        }
        if b[w..].starts_with(b" [") {
            let close = memchr::memchr(b']', &b[w + 2..]).map(|k| w + 2 + k);
            if close.is_some_and(|k| at(k + 1) == b':') {
                return true;
            }
        }
    }
    // `[A-Z][A-Za-z]+(?:Error|Exception) %b`
    let l = run(b, 0, |c| c.is_ascii_alphabetic());
    let letters = &b[..l];
    if at(0).is_ascii_uppercase()
        && ((l >= 7 && letters.ends_with(b"Error")) || (l >= 11 && letters.ends_with(b"Exception")))
        && !word(at(l))
    {
        return true;
    }
    // `%d{3} %s`, `%d{1,2}:%d{2}`, `%d{4}-%d{2}-%d{2}`
    if digit(0) {
        if digit(1) && digit(2) && blank(at(3)) {
            return true;
        }
        let colon = if digit(1) { 2 } else { 1 };
        if at(colon) == b':' && digit(colon + 1) && digit(colon + 2) {
            return true;
        }
        if (0..4).all(digit)
            && at(4) == b'-'
            && digit(5)
            && digit(6)
            && at(7) == b'-'
            && digit(8)
            && digit(9)
        {
            return true;
        }
    }
    // `%w+=%S`
    if w > 0 && at(w) == b'=' && w + 1 < b.len() && !blank(b[w + 1]) {
        return true;
    }
    // `%S+\ effective=`
    let t = run(b, 0, |c| !blank(c));
    if t > 0 && b[t..].starts_with(b" effective=") {
        return true;
    }
    // `[A-Z]:\\`
    if at(0).is_ascii_uppercase() && at(1) == b':' && at(2) == b'\\' {
        return true;
    }
    let value = |c: u8| word(c) || matches!(c, b'.' | b'@' | b'+' | b'-');
    // `[A-Za-z0-9_.-]+(?::[A-Za-z0-9_.@+-]+)+:%s`
    let k = run(b, 0, |c| word(c) || matches!(c, b'.' | b'-'));
    if k > 0 {
        let (mut pos, mut parts) = (k, 0);
        while at(pos) == b':' {
            let e = run(b, pos + 1, value);
            if e == pos + 1 {
                if parts > 0 && blank(at(pos + 1)) {
                    return true;
                }
                break;
            }
            (pos, parts) = (e, parts + 1);
        }
    }
    // `[A-Za-z0-9_-]+:[A-Za-z0-9_.@+-]+%s`
    let k = run(b, 0, |c| word(c) || c == b'-');
    if k > 0 && at(k) == b':' {
        let e = run(b, k + 1, value);
        if e > k + 1 && blank(at(e)) {
            return true;
        }
    }
    false
}

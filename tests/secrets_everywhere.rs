//! Secret safety (ISSUE 7.2): every secret shape of formats.md §13, placed in every output kind
//! a user pastes. No reply (text and JSON, every locale), no stored evidence (`Report.facts`
//! through serde_json, which is what the stores keep), no debug output may contain the value
//! or a 12-character piece of it; the reply warns to rotate (`secret-warning` rendered,
//! `Report.secrets > 0`). Tracing output of the two front doors that exist (the shared
//! interaction handler and the HTTP server, with its metrics) is captured around a
//! secret-bearing paste and must not contain it either.

use clawmedic::diagnose::Msg;
use clawmedic::ingest::ingest;
use clawmedic::lang::Locale;
use clawmedic::render::{json::json, text::reply, tr};
use clawmedic::{diagnose_thread, Options, Report};

/// A deterministic "random" token body (letters and digits, like real keys).
fn body(n: usize, seed: u64) -> String {
    const A: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";
    let mut x =
        seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            A[(x % A.len() as u64) as usize] as char
        })
        .collect()
}

fn hex(n: usize, seed: u64) -> String {
    body(n * 2, seed).bytes().map(|b| format!("{:x}", b % 16)).take(n).collect()
}

/// One secret: its value, the key it is usually stored under, and how it appears in text.
struct Secret {
    name: &'static str,
    value: String,
    /// JSON member name when pasted as configuration.
    key: &'static str,
    /// How it appears in a line of text (the value with its context).
    snippet: String,
}

fn secret(name: &'static str, value: String, key: &'static str, snippet: Option<String>) -> Secret {
    let snippet = snippet.unwrap_or_else(|| value.clone());
    Secret { name, value, key, snippet }
}

/// Every shape formats.md §13 lists.
fn secrets() -> Vec<Secret> {
    let jwt = format!("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{}.{}", body(120, 20), body(43, 21));
    let opaque_refresh = format!("rt_{}", body(40, 22));
    let opaque_access = body(48, 23);
    let bearer = body(44, 24);
    let env_openai = body(40, 25);
    let env_anthropic = body(32, 26);
    let gateway = body(32, 27);
    let code = format!("ac_{}", body(40, 28));
    // Keys without a known prefix (security review M1, issue 12).
    let mistral = body(32, 30);
    let hex40 = hex(40, 31);
    let akia = format!(
        "AKIA{}",
        body(40, 32)
            .bytes()
            .filter(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            .take(16)
            .map(char::from)
            .collect::<String>()
    );
    let aws_secret = format!("{}/{}+{}", body(20, 33), body(9, 34), body(9, 35));
    let gateway48 = body(48, 36);
    let opaque_api = body(32, 37);
    let export_hex = hex(32, 38);
    let prose_es = body(28, 39);
    let prose_zh = body(26, 40);
    let per_entry = body(36, 41);
    vec![
        secret("mistral key after its flag", mistral.clone(), "key", Some(format!("openclaw onboard --mistral-api-key {mistral}"))),
        secret("40-hex key in a provider error", hex40.clone(), "key", Some(format!("Incorrect API key provided: {hex40}"))),
        secret("aws access key id", akia.clone(), "key", None),
        secret("aws secret next to its key id", aws_secret.clone(), "secret", Some(format!("{akia} {aws_secret}"))),
        secret("48-char gateway token in a provider error", gateway48.clone(), "token", Some(format!("Incorrect API key provided: {gateway48}"))),
        secret("opaque apiKey in JSON", opaque_api.clone(), "apiKey", Some(format!("\"apiKey\": \"{opaque_api}\""))),
        secret("export X_API_KEY=<hex>", export_hex.clone(), "X_API_KEY", Some(format!("export X_API_KEY={export_hex}"))),
        secret("Spanish prose", prose_es.clone(), "key", Some(format!("mi clave de API es {prose_es} y no va"))),
        secret("Chinese prose", prose_zh.clone(), "key", Some(format!("我的密钥是{prose_zh}，不能用"))),
        secret("per-entry apiKey error", per_entry.clone(), "apiKey", Some(format!("Per-entry apiKey \"{per_entry}\" for provider \"mistral\" matched a stored profile but failed to resolve"))),
        secret("openai project key", format!("sk-proj-{}", body(48, 1)), "key", None),
        secret("openai legacy key", format!("sk-{}", body(48, 2)), "apiKey", None),
        secret("openai service account key", format!("sk-svcacct-{}", body(48, 3)), "key", None),
        secret("anthropic api key", format!("sk-ant-api03-{}-{}AA", body(40, 4), body(50, 5)), "key", None),
        secret("anthropic oauth token", format!("sk-ant-oat01-{}", body(80, 6)), "access", None),
        secret("anthropic refresh token", format!("sk-ant-ort01-{}", body(80, 7)), "refresh", None),
        secret("openrouter key", format!("sk-or-v1-{}", hex(64, 8)), "key", None),
        secret("google key", format!("AIza{}", body(35, 9)), "apiKey", None),
        secret("groq key", format!("gsk_{}", body(52, 10)), "key", None),
        secret("xai key", format!("xai-{}", body(80, 11)), "key", None),
        secret("huggingface token", format!("hf_{}", body(34, 12)), "token", None),
        secret("github token", format!("ghp_{}", body(36, 13)), "token", None),
        secret("github fine-grained token", format!("github_pat_{}_{}", body(22, 14), body(59, 15)), "token", None),
        secret("copilot token", format!("ghu_{}", body(36, 16)), "token", None),
        secret("oauth access token (JWT)", jwt, "access", None),
        secret("oauth access token (opaque)", opaque_access.clone(), "access", Some(format!("access_token={opaque_access}"))),
        secret("oauth refresh token", opaque_refresh.clone(), "refresh", Some(format!("refresh_token={opaque_refresh}"))),
        secret("bearer header", bearer.clone(), "authorization", Some(format!("Authorization: Bearer {bearer}"))),
        secret("openai .env line", env_openai.clone(), "OPENAI_API_KEY", Some(format!("OPENAI_API_KEY={env_openai}"))),
        secret(
            "anthropic .env line quoted",
            env_anthropic.clone(),
            "ANTHROPIC_API_KEY",
            Some(format!("ANTHROPIC_API_KEY=\"{env_anthropic}\"")),
        ),
        secret(
            "gateway url token",
            gateway.clone(),
            "token",
            Some(format!("http://127.0.0.1:18789/?token={gateway}")),
        ),
        secret(
            "oauth callback code",
            code.clone(),
            "code",
            Some(format!("http://localhost:1455/auth/callback?code={code}&scope=openid")),
        ),
    ]
}

/// The output kinds a secret can be pasted in. Each returns the whole paste.
fn placements(s: &Secret) -> Vec<(&'static str, String)> {
    let snip = &s.snippet;
    // As it sits in configuration: under its key, or (headers, URLs) the whole snippet.
    let json_member = match s.key {
        "authorization" => format!("\"headers\": {{ \"Authorization\": \"Bearer {}\" }}", s.value),
        "code" | "token" if s.snippet.contains("://") => format!("\"url\": \"{}\"", s.snippet),
        key => format!("\"{key}\": \"{}\"", s.value),
    };
    vec![
        (
            "probe table cell",
            format!(
                "Auth probes\n┌────────────────┬─────────────────────┬──────────────────────┐\n│ Model          │ Profile             │ Status               │\n├────────────────┼─────────────────────┼──────────────────────┤\n│ openai/gpt-5.5 │ openai:work (oauth) │ auth · 1.2s          │\n│                │                     │ ↳ 401 {snip} │\n└────────────────┴─────────────────────┴──────────────────────┘\nProbed 1 target in 1.2s"
            ),
        ),
        (
            "models status provider line",
            format!(
                "Auth overview\nAuth store    : ~/.openclaw/agents/main/agent/auth-profiles.json\n- openai effective=profiles:~/.openclaw/agents/main/agent/auth-profiles.json | profiles=1 (oauth=0, token=0, api_key=1) | openai:default={snip}\n"
            ),
        ),
        (
            "auth list",
            format!("Agent: main\nProvider: openai\nProfiles:\n- openai:default [openai/api_key; {snip}] — Re-authenticate with `openclaw models auth login --provider openai`.\n"),
        ),
        (
            "/model status",
            format!("Current: openai/gpt-5.5\nAgent: main\n\n[openai] endpoint: default api: openai-responses auth: openai:default={snip} (next, lastGood)\n  • openai/gpt-5.5\n"),
        ),
        ("banner", format!("⚠️ Agent failed before reply: 401 Incorrect API key provided: {snip}. Logs: openclaw logs --follow")),
        (
            "log line",
            format!("2026-07-03T21:04:17.223+08:00 [provider-transport-fetch] [model-fetch] response provider=openai status=401 {snip}\n21:04:17 [model-fallback/decision] model fallback decision: decision=candidate_failed requested=openai/gpt-5.5 candidate=openai/gpt-5.5 reason=auth next=none detail={snip}"),
        ),
        (
            "JSON config",
            format!(
                "{{\n  \"version\": 1,\n  \"profiles\": {{\n    \"openai:default\": {{\n      \"type\": \"api_key\",\n      \"provider\": \"openai\",\n      {json_member}\n    }}\n  }},\n  \"order\": {{ \"openai\": [\"openai:default\"] }}\n}}"
            ),
        ),
        (
            "JSON config, one line",
            format!("{{\"profiles\":{{\"openai:default\":{{\"type\":\"oauth\",{json_member},\"expires\":1767225600000}}}}}}"),
        ),
        (
            "doctor box",
            format!("◇  Model auth ─────────────────────╮\n│                                   │\n│  - openai:default: {snip} │\n│                                   │\n├───────────────────────────────────╯"),
        ),
        ("prose", format!("Hi! I set it up yesterday with {snip} and now nothing works, any idea?")),
        ("prose in a code span", format!("my config has `{snip}` is that wrong?")),
        ("fenced", format!("```\n{snip}\n```")),
    ]
}

/// Pieces of the value that must not appear anywhere (the whole value and 12-char windows).
fn pieces(value: &str) -> Vec<String> {
    let chars: Vec<char> = value.chars().collect();
    let mut out = vec![value.to_string()];
    if chars.len() > 16 {
        for start in [4, chars.len() / 2 - 6, chars.len() - 12] {
            out.push(chars[start..start + 12].iter().collect());
        }
    }
    out
}

fn assert_absent(what: &str, hay: &str, s: &Secret, place: &str) {
    if let Err(e) = absent(what, hay, s, place) {
        panic!("{e}\n{hay}");
    }
}

fn absent(what: &str, hay: &str, s: &Secret, place: &str) -> Result<(), String> {
    for p in pieces(&s.value) {
        if hay.contains(&p) {
            return Err(format!("{} in {place}: `{p}` found in {what}", s.name));
        }
    }
    Ok(())
}

/// Run a check per case and report every failing case at once.
fn all_pass(failures: Vec<String>) {
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

fn check_report(report: &Report, s: &Secret, place: &str) -> Result<(), String> {
    if report.secrets == 0 {
        return Err(format!("{} in {place}: not detected", s.name));
    }
    let stored = serde_json::to_string(&report.facts).unwrap();
    absent("stored facts", &stored, s, place)?;
    absent("debug output", &format!("{report:?}"), s, place)?;
    for l in Locale::ALL {
        let mut r = report.clone();
        r.locale = l;
        let text = reply(&r);
        absent(&format!("text reply ({})", l.id()), &text, s, place)?;
        let warning = tr(l, &Msg::new("secret-warning").arg("count", r.secrets.to_string()));
        // Right-to-left replies isolate Latin runs (LRI … PDI): the warning is there between them.
        let unisolated: String =
            text.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect();
        if !unisolated.contains(&warning) {
            return Err(format!("{} in {place}: no rotate warning in {}", s.name, l.id()));
        }
        let j = serde_json::to_string(&json(&r)).unwrap();
        absent(&format!("JSON ({})", l.id()), &j, s, place)?;
        assert!(j.contains("\"secrets_redacted\""), "JSON contract names the redaction count");
    }
    Ok(())
}

#[test]
fn every_secret_in_every_output_kind_is_redacted_everywhere() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for s in secrets() {
        for (place, paste) in placements(&s) {
            let r = absent("normalised text", &ingest(&paste).text, &s, place)
                .and_then(|_| {
                    check_report(&diagnose_thread(&[&paste], &Options::default()), &s, place)
                })
                .and_then(|_| {
                    // After other messages, and with a language forced.
                    let opts = Options { lang: Some("de"), ..Default::default() };
                    check_report(
                        &diagnose_thread(
                            &["openclaw models status", &paste, "still failing"],
                            &opts,
                        ),
                        &s,
                        place,
                    )
                });
            failures.extend(r.err());
            checked += 1;
        }
    }
    assert!(checked >= 32 * 12, "{checked} combinations");
    all_pass(failures);
}

/// Damage that a paste picks up on the way (formats.md §12) must not let a secret through.
#[test]
fn damaged_pastes_still_redact() {
    let mut failures = Vec::new();
    for s in secrets() {
        let snip = &s.snippet;
        let damaged = [
            format!("> {snip}"),
            format!("**{snip}**"),
            format!("\u{1b}[31m{snip}\u{1b}[0m"),
            format!("[2m{snip}[0m"),
            format!("x\r\n{snip}\r\n"),
            snip.replace('"', "&quot;"),
            format!("\u{200b}{snip}\u{200b}"),
            format!("||{snip}||"),
            format!("{}{snip}", "│ ".repeat(3)),
            // Lost newlines: glued to a table border and to a log record.
            format!("Auth probes┌──┬──┐│ {snip} │"),
            format!("21:04:17 [gateway] agent model: x {snip} 21:04:18 [gateway] y"),
        ];
        for d in damaged {
            let report = diagnose_thread(&[&d], &Options::default());
            failures.extend(check_report(&report, &s, &format!("damaged paste {d:?}")).err());
        }
    }
    all_pass(failures);
}

/// A paste in a thread with memory: stored facts go back in, and still hold no secret.
#[test]
fn remembered_evidence_holds_no_secret() {
    let mut failures = Vec::new();
    for s in secrets() {
        for (place, paste) in placements(&s) {
            let first = diagnose_thread(&[&paste], &Options::default());
            let stored = serde_json::to_string(&first.facts).unwrap();
            let back: Vec<clawmedic::parse::Located> = serde_json::from_str(&stored).unwrap();
            let second =
                clawmedic::diagnose_with_memory(&back, &["what now?"], &Options::default());
            failures.extend(absent("second reply", &reply(&second), &s, place).err());
            failures.extend(
                absent(
                    "second stored facts",
                    &serde_json::to_string(&second.facts).unwrap(),
                    &s,
                    place,
                )
                .err(),
            );
        }
    }
    all_pass(failures);
}

// ---------------------------------------------------------------------------------------------
// Tracing output of the front doors.

mod capture {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    /// A `tracing_subscriber` writer into a shared buffer.
    #[derive(Clone, Default)]
    pub struct Buffer(pub Arc<Mutex<Vec<u8>>>);

    impl Write for Buffer {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Buffer {
        type Writer = Buffer;
        fn make_writer(&'a self) -> Buffer {
            self.clone()
        }
    }

    impl Buffer {
        pub fn text(&self) -> String {
            String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
        }
    }

    /// Every level, every target, with span fields: the most a deployment could log.
    pub fn subscriber(buf: &Buffer) -> impl tracing::Subscriber + Send + Sync {
        tracing_subscriber::fmt()
            .with_writer(buf.clone())
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
            .finish()
    }
}

#[path = "support/http_harness.rs"]
#[allow(unused_imports)]
mod harness;

fn secret_paste() -> (Vec<Secret>, String) {
    let all = secrets();
    let mut paste = String::from("The bot fails with this, config below:\n");
    for s in &all {
        paste.push_str(&format!(
            "2026-07-03T21:04:17.223+08:00 [gateway] auth failed {}\n",
            s.snippet
        ));
    }
    paste.push_str("⚠️ Model login expired on the gateway for openai. Re-auth with `openclaw models auth login --provider openai` in a terminal, then try again.\n");
    (all, paste)
}

#[tokio::test]
async fn the_interaction_handler_logs_no_secret() {
    use clawmedic::app::interactions::{handle_interaction, Deps};
    use clawmedic::config::BotSettings;
    use clawmedic::store::MemoryStore;
    use std::sync::Arc;

    let buf = capture::Buffer::default();
    let _guard = tracing::subscriber::set_default(capture::subscriber(&buf));
    let (all, paste) = secret_paste();
    let deps = Deps::new(Arc::new(MemoryStore::new()), BotSettings::default()).expect("deps");
    let payload =
        harness::diagnose(1_310_000_000_000_001_001, 1_310_000_000_000_002_001, "en-US", &paste);
    let out =
        handle_interaction(&deps, &serde_json::from_value(payload).expect("an interaction")).await;
    tracing::info!(target: "secrets_everywhere", "handler done");
    let response = format!("{out:?}");
    let logs = buf.text();
    assert!(logs.contains("handler done"), "the subscriber captured the output:\n{logs}");
    for s in &all {
        assert_absent("interaction response", &response, s, "interaction");
        assert_absent("handler logs", &logs, s, "interaction");
    }
}

#[tokio::test]
async fn the_http_server_logs_and_metrics_hold_no_secret() {
    use axum::body::Body;
    use axum::extract::ConnectInfo;
    use axum::http::{header, Method, Request};
    use clawmedic::http::{router, AppState};
    use clawmedic::store::MemoryStore;
    use std::net::SocketAddr;
    use std::sync::Arc;
    use tower::ServiceExt;

    let buf = capture::Buffer::default();
    let _guard = tracing::subscriber::set_default(capture::subscriber(&buf));
    let (all, paste) = secret_paste();
    let st = AppState::new(harness::config("http://127.0.0.1:9"), Arc::new(MemoryStore::new()))
        .expect("state");
    let app = router(st);

    let send = |req: Request<Body>| {
        let app = app.clone();
        async move {
            let res = app.oneshot(req).await.expect("the router answers");
            let status = res.status();
            let body = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
            (status, String::from_utf8_lossy(&body).into_owned())
        }
    };
    let mut bodies = Vec::new();
    // The JSON API.
    let mut req = Request::builder()
        .method(Method::POST)
        .uri("/api/diagnose")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(serde_json::to_vec(&serde_json::json!({ "paste": paste })).unwrap()))
        .unwrap();
    req.extensions_mut().insert(ConnectInfo("192.0.2.9:40000".parse::<SocketAddr>().unwrap()));
    bodies.push(send(req).await);
    // A signed Discord interaction.
    let payload =
        harness::diagnose(1_310_000_000_000_001_002, 1_310_000_000_000_002_002, "en-US", &paste);
    let req = harness::signed_request(
        &harness::signing_key(),
        harness::now(),
        serde_json::to_vec(&payload).unwrap(),
    );
    bodies.push(send(req).await);
    // The web page's form (POST /, form-encoded), which may put the paste back after an error.
    let form = format!("paste={}&lang=en", form_encode(&paste));
    let mut req = Request::builder()
        .method(Method::POST)
        .uri("/")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    req.extensions_mut().insert(ConnectInfo("192.0.2.10:40000".parse::<SocketAddr>().unwrap()));
    let page = send(req).await;
    assert!(page.0.is_success(), "web page answered {}", page.0);
    assert!(
        page.1.contains("Your paste contained") && page.1.contains("rotate"),
        "the page warns to rotate"
    );
    bodies.push(page);
    // The metrics (labels must not carry user input).
    let req = Request::builder().uri("/metrics").body(Body::empty()).unwrap();
    let metrics = send(req).await;
    bodies.push(metrics.clone());
    tracing::info!(target: "secrets_everywhere", "http done");
    let logs = buf.text();
    assert!(logs.contains("http done"));
    assert!(bodies[0].0.is_success(), "API answered {}: {}", bodies[0].0, bodies[0].1);
    assert!(
        bodies[0].1.contains("secret"),
        "the API reply warns about the secrets: {}",
        bodies[0].1
    );
    for s in &all {
        for (status, b) in &bodies {
            assert_absent(&format!("HTTP body ({status})"), b, s, "http");
        }
        assert_absent("metrics", &metrics.1, s, "http");
        assert_absent("server logs", &logs, s, "http");
    }
}

/// `application/x-www-form-urlencoded` for one value.
fn form_encode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                (b as char).to_string()
            }
            b' ' => "+".to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The CLI front door: the binary itself, text and JSON, on stdout and stderr.
#[test]
fn the_cli_prints_no_secret_and_warns() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let (all, paste) = secret_paste();
    for format in ["text", "json"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_clawmedic"))
            .args(["diagnose", "--format", format, "--lang", "en"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the CLI runs");
        child.stdin.take().unwrap().write_all(paste.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        for s in &all {
            assert_absent(&format!("CLI {format} stdout"), &stdout, s, "cli");
            assert_absent(&format!("CLI {format} stderr"), &stderr, s, "cli");
        }
        if format == "json" {
            let found = serde_json::from_str::<serde_json::Value>(&stdout).unwrap()
                ["secrets_redacted"]
                .as_u64()
                .unwrap();
            assert!(found as usize >= all.len(), "{found} secrets redacted of {}", all.len());
        }
        // The rotate warning (the plural form: many secrets).
        assert!(
            stdout.contains("Your paste contained") && stdout.contains("rotate each of them"),
            "{format}: no rotate warning in {stdout}"
        );
    }
}

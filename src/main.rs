//! The `clawmedic` binary: the command-line front door. It only reads input, calls the
//! engine and prints a renderer's output.

use clap::{Parser, Subcommand, ValueEnum};
use clawmedic::diagnose::Msg;
use clawmedic::ingest;
use clawmedic::lang::Locale;
use clawmedic::render::{self, tr};
use clawmedic::versions::GivenVersion;
use clawmedic::{diagnose_thread, Options, MAX_MESSAGE_BYTES};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc: the engine allocates and frees small strings per pasted line, and glibc's malloc
/// was a tenth of a diagnosis (docs/performance.md, issue 14).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "clawmedic",
    version,
    about = "Diagnose pasted OpenClaw model-auth output and print the next step."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Diagnose pasted output. Each FILE is one successive message of one thread; stdin when
    /// none, and `-` is stdin. UTF-8, UTF-16 (PowerShell `>`) and CP1252 files are read.
    Diagnose {
        /// Reply language (en, de, zh-TW, pt-BR, …); default: the language of the prose.
        #[arg(long = "lang")]
        lang: Option<String>,
        /// The OpenClaw version, as `openclaw --version` prints it (e.g. "OpenClaw 2026.6.9 (c645ec4)"
        /// or 2026.6.9). It wins over a version in the paste, and the reply says so when they
        /// differ; one that names no release (latest, 2026.6.34) is treated as unknown.
        #[arg(long = "openclaw-version", value_name = "VERSION")]
        openclaw_version: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        files: Vec<PathBuf>,
    },
    /// Run the Discord bot (configuration from the environment and `.env`; see .env.example).
    Bot,
    /// Run the HTTP server: Discord HTTP interactions, the web paste page, the JSON API, health
    /// and metrics (configuration from the environment and `.env`; see docs/http.md).
    Serve,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// Read one input, refusing what is not pasted text. Bytes are decoded by the engine (UTF-8,
/// UTF-16 from PowerShell, CP1252/CP1251); the 1 MiB limit applies to the decoded text.
fn read_input(name: &str, bytes: Vec<u8>, locale: Locale) -> Result<String, String> {
    let too_large = || {
        tr(
            locale,
            &Msg::new("error-too-large")
                .arg("path", name)
                .arg("limit", MAX_MESSAGE_BYTES.to_string()),
        )
    };
    if bytes.len() > MAX_READ_BYTES {
        return Err(too_large());
    }
    let (text, _) = ingest::decode(&bytes)
        .map_err(|_| tr(locale, &Msg::new("error-binary").arg("path", name)))?;
    if text.len() > MAX_MESSAGE_BYTES {
        return Err(too_large());
    }
    Ok(text)
}

/// The most bytes read from one input: UTF-16 takes up to twice the bytes of its text.
const MAX_READ_BYTES: usize = 2 * MAX_MESSAGE_BYTES;

/// Why a file could not be read, in the asker's language (no raw OS text for the usual cases).
fn unreadable(name: &str, e: &std::io::Error, locale: Locale) -> String {
    use std::io::ErrorKind;
    let id = match e.kind() {
        ErrorKind::NotFound => "error-file-missing",
        ErrorKind::PermissionDenied => "error-file-permission",
        ErrorKind::IsADirectory => "error-file-is-dir",
        _ => {
            return tr(
                locale,
                &Msg::new("error-file-unreadable").arg("path", name).arg("reason", e.to_string()),
            )
        }
    };
    tr(locale, &Msg::new(id).arg("path", name))
}

/// Read stdin (named `stdin` in messages).
fn read_stdin(locale: Locale) -> Result<String, String> {
    let mut buf = Vec::new();
    std::io::stdin()
        .take(MAX_READ_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| unreadable("stdin", &e, locale))?;
    read_input("stdin", buf, locale)
}

/// A screenshot among the files (by its magic bytes): read by OCR into a message (issue 15).
/// `--lang` picks the script pack for non-Latin text; errors say what limit was hit.
fn read_image(name: &str, bytes: &[u8], lang: Option<&str>) -> Result<String, String> {
    let hint = lang.and_then(Locale::negotiate).map(Locale::id);
    clawmedic::screenshot::read_blocking(bytes, hint)
        .map_err(|e| format!("{name}: cannot read the screenshot: {e}"))
}

/// The first bytes of a file, to tell an image from text before applying a size limit.
fn magic(f: &std::path::Path) -> Option<[u8; 16]> {
    let mut buf = [0u8; 16];
    std::fs::File::open(f).ok()?.read_exact(&mut buf).ok()?;
    Some(buf)
}

/// Read one FILE argument; `-` is stdin.
fn read_file(f: &std::path::Path, locale: Locale, lang: Option<&str>) -> Result<String, String> {
    if f.as_os_str() == "-" {
        return read_stdin(locale);
    }
    let name = f.display().to_string();
    let meta = std::fs::metadata(f).map_err(|e| unreadable(&name, &e, locale))?;
    if meta.is_dir() {
        return Err(tr(locale, &Msg::new("error-file-is-dir").arg("path", name)));
    }
    if magic(f).is_some_and(|m| clawmedic::screenshot::is_image(&m)) {
        let limit = clawmedic::screenshot::limits().max_bytes;
        if meta.len() > limit as u64 {
            return Err(format!(
                "{name}: cannot read the screenshot: the image is {} bytes; at most {limit} are read",
                meta.len()
            ));
        }
        let bytes = std::fs::read(f).map_err(|e| unreadable(&name, &e, locale))?;
        return read_image(&name, &bytes, lang);
    }
    if meta.len() > MAX_READ_BYTES as u64 {
        return Err(tr(
            locale,
            &Msg::new("error-too-large")
                .arg("path", name)
                .arg("limit", MAX_MESSAGE_BYTES.to_string()),
        ));
    }
    let bytes = std::fs::read(f).map_err(|e| unreadable(&name, &e, locale))?;
    read_input(&name, bytes, locale)
}

fn run(cli: Cli) -> Result<(), String> {
    let (lang, openclaw_version, format, files) = match cli.command {
        Command::Diagnose { lang, openclaw_version, format, files } => {
            (lang, openclaw_version, format, files)
        }
        Command::Bot => return run_bot(),
        Command::Serve => return run_serve(),
    };
    // A blank `--lang ""` is no choice, as in the web form.
    let lang = lang.filter(|l| !l.trim().is_empty());
    let err_locale = lang.as_deref().and_then(Locale::negotiate).unwrap_or(Locale::En);
    if let Some(l) = &lang {
        if Locale::negotiate(l).is_none() {
            let list: Vec<&str> = Locale::ALL.iter().map(|l| l.id()).collect();
            return Err(tr(
                Locale::En,
                &Msg::new("error-unknown-lang").arg("lang", l.clone()).arg("list", list.join(", ")),
            ));
        }
    }
    // Never an error: what names no release is unknown, and the reply says so.
    let given = openclaw_version.as_deref().and_then(GivenVersion::read);
    let mut messages = Vec::new();
    if files.is_empty() {
        messages.push(read_stdin(err_locale)?);
    }
    for f in &files {
        messages.push(read_file(f, err_locale, lang.as_deref())?);
    }
    let refs: Vec<&str> = messages.iter().map(String::as_str).collect();
    let opts = Options {
        lang: lang.as_deref(),
        openclaw_version: given.as_ref().and_then(GivenVersion::release),
        unknown_version: given.as_ref().and_then(GivenVersion::unknown),
        ..Default::default()
    };
    let report = diagnose_thread(&refs, &opts);
    match format {
        Format::Text => print!("{}", render::text::reply(&report)),
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&render::json::json(&report)).map_err(|e| e.to_string())?
        ),
    }
    Ok(())
}

/// Logs go to stderr, in colour only on a terminal (never in files, pipes, journald or
/// `docker logs`), and never when `NO_COLOR` is set.
///
/// `RUST_LOG` holds `target=level` directives and a bare default level
/// (`info,clawmedic=debug`), read by `tracing_subscriber`'s `Targets` filter: the `env-filter`
/// feature would add span and field matching nobody here uses, and with it regex-automata's
/// dense-DFA builder, which every regex of a one-shot `clawmedic diagnose` then paid for
/// (≈ 3 M instructions at start-up, issue 14). A `RUST_LOG` that does not parse is reported
/// and the default used.
fn init_logging(default_filter: &str) {
    use std::io::IsTerminal;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter =
        clawmedic::config::log_filter(std::env::var("RUST_LOG").ok().as_deref(), default_filter);
    let colour = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let fmt = tracing_subscriber::fmt::layer().with_writer(std::io::stderr).with_ansi(colour);
    let _ = tracing_subscriber::registry().with(fmt).with(filter.0).try_init();
    if let Some(bad) = filter.1 {
        tracing::warn!(
            "RUST_LOG is not a list of target=level directives ({bad}); using {default_filter}"
        );
    }
}

/// Say where thread memory goes when `DATABASE_URL` is not set (the store then logs the
/// file's full path), so a bot started from another directory is not silently a new memory.
fn log_default_store(database_url: &str) {
    if database_url == clawmedic::config::DEFAULT_DATABASE_URL {
        tracing::info!(
            "DATABASE_URL is not set: thread memory is the SQLite file clawmedic.sqlite in the working directory"
        );
    }
}

/// The `bot` subcommand: logging (RUST_LOG), configuration, a tokio runtime, the gateway bot.
fn run_bot() -> Result<(), String> {
    let config = clawmedic::config::Config::from_env().map_err(|e| e.to_string())?;
    // serenity's request spans can carry interaction tokens: keep them out of default logs.
    init_logging("info,serenity=warn");
    log_default_store(&config.database_url);
    let runtime = tokio::runtime::Runtime::new()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    runtime.block_on(clawmedic::discord::run_bot(config)).map_err(|e| format!("{e:#}"))
}

/// The `serve` subcommand: logging (RUST_LOG), configuration, a tokio runtime, the HTTP server.
fn run_serve() -> Result<(), String> {
    let config = clawmedic::http::config::HttpConfig::from_env().map_err(|e| e.to_string())?;
    // reqwest/hyper spans could carry webhook URLs (with interaction tokens): keep them quiet.
    init_logging("info,reqwest=warn,hyper=warn,sqlx=warn");
    log_default_store(&config.database_url);
    let runtime = tokio::runtime::Runtime::new()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    runtime.block_on(clawmedic::http::run(config)).map_err(|e| format!("{e:#}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("clawmedic: {msg}");
            ExitCode::from(2)
        }
    }
}

//! The `clawmedic` binary: the command-line front door. It only reads input, calls the
//! engine and prints a renderer's output.

use clap::{Parser, Subcommand, ValueEnum};
use clawmedic::diagnose::Msg;
use clawmedic::lang::Locale;
use clawmedic::render::{self, tr};
use clawmedic::versions::Version;
use clawmedic::{diagnose_thread, Options, MAX_MESSAGE_BYTES};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "clawmedic", version, about = "Diagnose pasted OpenClaw model-auth output and print the next step.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Diagnose pasted output. Each FILE is one successive message of one thread; stdin when none.
    Diagnose {
        /// Reply language (en, de, zh-TW, pt-BR, …); default: the language of the prose.
        #[arg(long = "lang")]
        lang: Option<String>,
        /// The OpenClaw version, when the paste does not say it (e.g. 2026.6.9).
        #[arg(long = "openclaw-version")]
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

/// Read one input, refusing what is not pasted text.
fn read_input(name: &str, bytes: Vec<u8>, locale: Locale) -> Result<String, String> {
    if bytes.len() > MAX_MESSAGE_BYTES {
        return Err(tr(locale, &Msg::new("error-too-large").arg("path", name).arg("limit", MAX_MESSAGE_BYTES.to_string())));
    }
    if bytes.contains(&0) {
        return Err(tr(locale, &Msg::new("error-binary").arg("path", name)));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let bad = lossy.chars().filter(|c| *c == '\u{FFFD}').count();
            if bad * 20 > lossy.chars().count().max(1) {
                Err(tr(locale, &Msg::new("error-binary").arg("path", name)))
            } else {
                Ok(lossy)
            }
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let (lang, openclaw_version, format, files) = match cli.command {
        Command::Diagnose { lang, openclaw_version, format, files } => (lang, openclaw_version, format, files),
        Command::Bot => return run_bot(),
        Command::Serve => return run_serve(),
    };
    let err_locale = lang.as_deref().and_then(Locale::negotiate).unwrap_or(Locale::En);
    if let Some(l) = &lang {
        if Locale::negotiate(l).is_none() {
            let list: Vec<&str> = Locale::ALL.iter().map(|l| l.id()).collect();
            return Err(tr(Locale::En, &Msg::new("error-unknown-lang").arg("lang", l.clone()).arg("list", list.join(", "))));
        }
    }
    let version = match &openclaw_version {
        Some(v) => Some(
            Version::parse(v).ok_or_else(|| tr(err_locale, &Msg::new("error-bad-version").arg("version", v.clone())))?,
        ),
        None => None,
    };
    let mut messages = Vec::new();
    if files.is_empty() {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(MAX_MESSAGE_BYTES as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| tr(err_locale, &Msg::new("error-file-unreadable").arg("path", "stdin").arg("reason", e.to_string())))?;
        messages.push(read_input("stdin", buf, err_locale)?);
    }
    for f in &files {
        let name = f.display().to_string();
        let meta = std::fs::metadata(f).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => tr(err_locale, &Msg::new("error-file-missing").arg("path", name.clone())),
            _ => tr(err_locale, &Msg::new("error-file-unreadable").arg("path", name.clone()).arg("reason", e.to_string())),
        })?;
        if meta.len() > MAX_MESSAGE_BYTES as u64 {
            return Err(tr(err_locale, &Msg::new("error-too-large").arg("path", name).arg("limit", MAX_MESSAGE_BYTES.to_string())));
        }
        let bytes = std::fs::read(f)
            .map_err(|e| tr(err_locale, &Msg::new("error-file-unreadable").arg("path", name.clone()).arg("reason", e.to_string())))?;
        messages.push(read_input(&name, bytes, err_locale)?);
    }
    let refs: Vec<&str> = messages.iter().map(String::as_str).collect();
    let report = diagnose_thread(&refs, &Options { lang: lang.as_deref(), openclaw_version: version, ..Default::default() });
    match format {
        Format::Text => print!("{}", render::text::reply(&report)),
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&render::json::json(&report)).map_err(|e| e.to_string())?
        ),
    }
    Ok(())
}

/// The `bot` subcommand: logging (RUST_LOG), configuration, a tokio runtime, the gateway bot.
fn run_bot() -> Result<(), String> {
    let config = clawmedic::config::Config::from_env().map_err(|e| e.to_string())?;
    // serenity's request spans can carry interaction tokens: keep them out of default logs.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,serenity=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
    let runtime = tokio::runtime::Runtime::new().map_err(|e| format!("cannot start the async runtime: {e}"))?;
    runtime.block_on(clawmedic::discord::run_bot(config)).map_err(|e| format!("{e:#}"))
}

/// The `serve` subcommand: logging (RUST_LOG), configuration, a tokio runtime, the HTTP server.
fn run_serve() -> Result<(), String> {
    let config = clawmedic::http::config::HttpConfig::from_env().map_err(|e| e.to_string())?;
    // reqwest/hyper spans could carry webhook URLs (with interaction tokens): keep them quiet.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,reqwest=warn,hyper=warn,sqlx=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
    let runtime = tokio::runtime::Runtime::new().map_err(|e| format!("cannot start the async runtime: {e}"))?;
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

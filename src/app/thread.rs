//! Diagnosing a paste inside a thread: load the thread's memory (time-boxed), pick the reply
//! language for whoever the reply is for, run the engine over the remembered evidence plus the
//! new paste, and remember the new evidence. Shared by the interaction handlers and watch mode.

use super::locales as dlocales;
use super::memory;
use super::Deps;
use crate::lang::Locale;
use crate::store::{ThreadKey, ThreadUpdate};
use crate::versions::{GivenVersion, Version};
use crate::{Options, Report};

/// Who the reply is for, which decides its language.
pub enum Asker<'a> {
    /// The invoking user pasted their own output: explicit choice, prose, their Discord
    /// locale, thread memory, English. `version` is the version option as given.
    Invoker { lang: Option<&'a str>, version: Option<&'a GivenVersion>, locale: Option<&'a str> },
    /// Someone else's message (context menu, watch mode): the author's prose, thread memory,
    /// the server's locale, English. The interaction's locale is the helper's, not theirs.
    Author { guild_locale: Option<&'a str> },
}

/// Diagnose a paste with the thread's memory and remember its evidence.
pub async fn run(deps: &Deps, key: Option<ThreadKey>, paste: &str, asker: &Asker<'_>) -> Report {
    run_with_new_facts(deps, key, paste, asker).await.0
}

/// [`run`], also returning the new paste's facts (renumbered from 1) and the custom id of the
/// reply's "Show in …" menu (the conversation and how many of its messages the reply read).
pub async fn run_tagged(
    deps: &Deps,
    key: Option<ThreadKey>,
    paste: &str,
    asker: &Asker<'_>,
) -> (Report, Vec<crate::parse::Located>, Option<String>) {
    let (report, new, read) = run_counted(deps, key.clone(), paste, asker).await;
    let show_in = key.map(|k| super::conversation::show_in_id(&k, read));
    (report, new, show_in)
}

/// [`run`], also returning the new paste's facts (renumbered from 1).
pub async fn run_with_new_facts(
    deps: &Deps,
    key: Option<ThreadKey>,
    paste: &str,
    asker: &Asker<'_>,
) -> (Report, Vec<crate::parse::Located>) {
    let (report, new, _) = run_counted(deps, key, paste, asker).await;
    (report, new)
}

/// The diagnosis, the new facts, and how many messages of the thread it read.
async fn run_counted(
    deps: &Deps,
    key: Option<ThreadKey>,
    paste: &str,
    asker: &Asker<'_>,
) -> (Report, Vec<crate::parse::Located>, usize) {
    let limit = deps.settings.store_timeout;
    let mem = match &key {
        Some(k) => memory::load(deps.store.as_ref(), k, limit).await,
        None => None,
    };
    let prior = mem.as_ref().map(|m| m.facts.clone()).unwrap_or_default();
    let thread_locale = mem.as_ref().and_then(|m| m.locale.as_deref()).and_then(dlocales::parse);
    let remembered = if memory::has_version_fact(&prior) {
        None
    } else {
        mem.as_ref().and_then(|m| m.version.as_deref()).and_then(Version::parse)
    };
    let opts = match asker {
        Asker::Invoker { lang, version, locale } => Options {
            lang: *lang,
            openclaw_version: version.and_then(GivenVersion::release).or(remembered),
            unknown_version: version.and_then(GivenVersion::unknown),
            discord_locale: *locale,
            thread_locale,
        },
        Asker::Author { guild_locale } => Options {
            lang: None,
            openclaw_version: remembered,
            unknown_version: None,
            discord_locale: None,
            thread_locale: thread_locale.or_else(|| guild_locale.and_then(Locale::from_discord)),
        },
    };
    // On the blocking pool (`engine.rs`), bounded to one job per core.
    let (report, prior) =
        super::engine::diagnose_with_memory(prior, vec![paste.to_string()], &opts).await;
    let new = memory::new_facts(&prior, &report.facts);
    if let Some(k) = &key {
        let update = ThreadUpdate {
            facts: new.clone(),
            messages: 1,
            version: report.version.map(|v| v.to_string()),
            locale: Some(report.locale.id().to_string()),
        };
        memory::append(deps.store.clone(), k.clone(), update, limit).await;
    }
    // The store numbers this message after the ones it had (see `ThreadUpdate`).
    let read = mem.as_ref().map_or(0, |m| m.messages) + 1;
    (report, new, read)
}

//! Model choice (causes.md §3.4): `unknown_model`, `model_not_allowed`.

use super::command::{self, Cmd};
use super::steps::restart;
use super::{Cause, Context, Finding, Msg, Place};
use crate::parse::SignalKind::*;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    unknown_model(ctx, out);
    not_allowed(ctx, out);
}

/// The lines that say a ref is a legacy tail or no longer supported (few), sorted: one search
/// per unknown model, not an index of every fact's line (a 1 MiB log's was half a megabyte,
/// built for this question alone).
fn legacy_lines(ctx: &Context) -> Vec<crate::parse::Loc> {
    let mut lines: Vec<_> = ctx
        .signals(LegacyModelTail)
        .chain(ctx.signals(NoLongerSupported))
        .map(|(l, _)| l.loc)
        .collect();
    lines.sort_unstable();
    lines
}

fn unknown_model(ctx: &Context, out: &mut Vec<Finding>) {
    let legacy_lines = legacy_lines(ctx);
    for (loc, s) in ctx.signals(UnknownModel) {
        if legacy_lines.binary_search(&loc.loc).is_ok() {
            continue;
        }
        let r = s.model_ref.clone().unwrap_or_default();
        let (p, m) = r.split_once('/').unwrap_or((&r, ""));
        // A fallback segment's unknown model matters less than the primary's failure.
        let in_later_segment = ctx.failed_segments().any(|(l, i, seg)| {
            l.loc == loc.loc && i > 0 && seg.model_ref.as_deref() == Some(r.as_str())
        });
        let conf = if in_later_segment { 0.5 } else { 0.88 };
        let mut f = Finding::new(
            Cause::UnknownModel,
            conf,
            Msg::new("unknown_model-summary").arg("model", r.clone()),
        )
        .evidence(loc.loc, &loc.quote);
        if p == "ollama" && loc.quote.contains("models.providers") {
            f = f
                .step_note(
                    Place::Config,
                    command::ollama_models_json(m),
                    Msg::new("step-ollama-model-entry"),
                )
                .steps(vec![restart()]);
        } else {
            f = f
                .step_note(
                    Place::Cli,
                    Cmd::openclaw("models list --provider").provider(p),
                    Msg::new("step-list-models"),
                )
                .step_note(
                    Place::Cli,
                    Cmd::openclaw("models set").model_of(p, "<model-from-the-list>"),
                    Msg::new("step-set-listed-model"),
                );
            if in_later_segment {
                f = f.step(Place::Cli, Cmd::openclaw("models fallbacks remove").model_ref(&r));
            }
        }
        out.push(f);
        return;
    }
    if let Some((loc, _)) = ctx.first(ModelNotFound) {
        let r = ctx
            .failed_segments()
            .find(|(_, _, s)| s.reason.as_deref() == Some("model_not_found"))
            .and_then(|(_, _, s)| s.model_ref.clone())
            .unwrap_or_default();
        let p = r.split('/').next().unwrap_or("").to_string();
        out.push(
            Finding::new(
                Cause::UnknownModel,
                0.5,
                Msg::new("unknown_model-summary").arg("model", r.clone()),
            )
            .evidence(loc.loc, &loc.quote)
            .step_note(
                Place::Cli,
                Cmd::openclaw("models list --provider").provider(&p),
                Msg::new("step-list-models"),
            ),
        );
    }
}

fn not_allowed(ctx: &Context, out: &mut Vec<Finding>) {
    let Some((loc, s)) = ctx.first(NotAllowed) else { return };
    // OpenClaw's own `Add it with: …` line is the same command; it is rebuilt from the checked
    // ref rather than copied from the paste.
    let printed_ref = ctx.first(AddItWith).and_then(|(_, a)| {
        let x = a.extra.as_deref()?;
        let start = x.find("'{\"")? + 3;
        let end = start + x[start..].find("\":")?;
        Some(x[start..end].to_string())
    });
    let r = s.model_ref.clone().or(printed_ref).unwrap_or_default();
    let cmd = command::allowlist_json(&r);
    out.push(
        Finding::new(
            Cause::ModelNotAllowed,
            0.92,
            Msg::new("model_not_allowed-summary").arg("model", r.clone()),
        )
        .evidence(loc.loc, &loc.quote)
        .step_note(Place::Config, cmd, Msg::new("step-allow-model"))
        .steps(vec![restart()])
        .step(Place::Chat, Cmd::chat("/model").model_ref(&r)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{Fact, Loc};

    /// An unknown model is left on a line that [`legacy_lines`] holds exactly when a fact of
    /// that line is a legacy-tail or no-longer-supported signal (what `facts_at` said): on a
    /// generated thread of both kinds of lines, as read and with lines shuffled (many facts
    /// to a line, out of order), and on the fixtures.
    #[test]
    fn legacy_lines_as_facts_at_says() {
        const LINES: [&str; 4] = [
            "Unknown model: openai-codex/gpt-3-codex. gpt-3-codex is no longer supported for \
             ChatGPT/Codex OAuth accounts. Use openai/gpt-5.5 through the Codex runtime.",
            "Unknown model: openai/gpt-9",
            "Unknown model: anthropic/claude-x",
            "No API key found for provider \"openai\"",
        ];
        let mut rng = crate::testgen::XorShift(0x5DEE_CE66_D1CE_4E5B);
        let thread: String =
            (0..300).map(|_| format!("{}\n", LINES[rng.below(LINES.len())])).collect();
        let mut texts = crate::testgen::fixture_texts();
        texts.push(thread);
        let (mut left, mut kept) = (0, 0);
        for (shuffle, text) in [false, true].iter().flat_map(|s| texts.iter().map(move |t| (*s, t)))
        {
            let ing = crate::ingest::ingest(text);
            let mut facts = crate::parse::parse_message(&ing.text, 1).facts;
            if shuffle {
                for f in &mut facts {
                    f.loc = Loc { message: 1 + rng.below(2), line: 1 + rng.below(30) };
                }
            }
            let ctx = Context::new(&[crate::parse::Parsed { facts, prose: String::new() }], None);
            let lines = legacy_lines(&ctx);
            for (loc, _) in ctx.signals(UnknownModel) {
                let want = ctx.facts_at(loc.loc).any(|f| {
                    matches!(&f.fact, Fact::Signal(x) if matches!(x.kind, LegacyModelTail | NoLongerSupported))
                });
                assert_eq!(lines.binary_search(&loc.loc).is_ok(), want, "{loc:?}");
                if want {
                    left += 1;
                } else {
                    kept += 1;
                }
            }
        }
        assert!(left > 10 && kept > 10, "{left} {kept}");
    }
}

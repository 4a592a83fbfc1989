//! `/diagnose`: a paste, an attached file or screenshot, or both (a modal when neither is given), with an
//! optional version and reply language.

use super::modal::{modal, Kind};
use super::{common, read_attachment, tagged};
use crate::app::interactions::{InteractionOutcome, Ix, Opts};
use crate::app::layout::diagnosis_messages;
use crate::app::thread::{run_tagged, Asker};
use crate::app::Deps;
use serenity::all::CommandData;

pub(crate) async fn diagnose_command(
    deps: &Deps,
    ix: &Ix<'_>,
    data: &CommandData,
    opts: &Opts<'_>,
) -> InteractionOutcome {
    let c = common(opts);
    let err_locale = ix.error_locale(c.lang);
    let mut paste = opts.str("paste").map(str::to_string);
    if let Some(att) = opts.attachment("file", data) {
        // A screenshot is read with the script of the invoker's language (their choice, else
        // their Discord locale).
        match read_attachment(deps, err_locale, att, Some(err_locale.id())).await {
            Ok(text) => {
                paste = Some(match paste {
                    Some(p) => format!("{p}\n{text}"),
                    None => text,
                });
            }
            Err(e) => return e,
        }
    }
    let Some(paste) = paste.filter(|p| !p.trim().is_empty()) else {
        return modal(err_locale, Kind::Diagnose, c.lang, c.version.as_ref());
    };
    let asker =
        Asker::Invoker { lang: c.lang, version: c.version.as_ref(), locale: ix.user_locale() };
    let (report, _, show_in) = run_tagged(deps, ix.key(), &paste, &asker).await;
    tagged(&report, diagnosis_messages(&report), show_in)
}

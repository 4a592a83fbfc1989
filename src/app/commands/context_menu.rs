//! The message context menu "Diagnose": someone else's message (and its first readable
//! attachment) diagnosed in its author's conversation, for the helper who asked.

use super::{read_attachment, tagged};
use crate::app::fetch::acceptable;
use crate::app::interactions::{error, InteractionOutcome, Ix};
use crate::app::layout::diagnosis_messages;
use crate::app::thread::{run_tagged, Asker};
use crate::app::Deps;
use serenity::all::{CommandData, MessageId};

pub(crate) async fn context_menu(
    deps: &Deps,
    ix: &Ix<'_>,
    data: &CommandData,
) -> InteractionOutcome {
    let msg = data.target_id.and_then(|id| data.resolved.messages.get(&MessageId::new(id.get())));
    let guild_locale = ix.guild_locale();
    // Errors go to the helper who invoked it, in their own locale.
    let helper_locale = ix.error_locale(None);
    let Some(msg) = msg else {
        return error(helper_locale, "error-no-input");
    };
    let mut paste = msg.content.clone();
    if let Some(att) =
        msg.attachments.iter().find(|a| acceptable(&a.filename, a.content_type.as_deref()))
    {
        match read_attachment(deps, helper_locale, att).await {
            Ok(text) => {
                paste.push('\n');
                paste.push_str(&text);
            }
            Err(e) if paste.trim().is_empty() => return e,
            Err(_) => {}
        }
    }
    if paste.trim().is_empty() {
        return error(helper_locale, "error-no-input");
    }
    // Someone else's message: it belongs to its author's conversation, not the helper's.
    let author = Some(msg.author.id.get());
    let (report, _, show_in) =
        run_tagged(deps, ix.key_of(author), &paste, &Asker::Author { guild_locale }).await;
    tagged(&report, diagnosis_messages(&report), show_in)
}

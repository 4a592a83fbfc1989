//! The message context menu "Diagnose": someone else's message, its text and its readable
//! attachments (text files and screenshots, read together as one paste), diagnosed in its
//! author's conversation, for the helper who asked.

use super::{read_attachment, tagged};
use crate::app::attachment;
use crate::app::interactions::{error, InteractionOutcome, Ix};
use crate::app::layout::diagnosis_messages;
use crate::app::thread::{run_tagged, Asker};
use crate::app::Deps;
use crate::lang::Locale;
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
    // The author's language is unknown until their text is read: screenshots are read with
    // the script of the server's language.
    let ocr_locale = guild_locale.and_then(Locale::from_discord).map(Locale::id);
    let mut paste = msg.content.clone();
    let mut first_error = None;
    for att in attachment::readable(&msg.attachments) {
        match read_attachment(deps, helper_locale, att, ocr_locale).await {
            Ok(text) => {
                paste.push('\n');
                paste.push_str(&text);
            }
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if paste.trim().is_empty() {
        // Nothing readable: say why the attachment was not read, if there was one.
        return first_error.unwrap_or_else(|| error(helper_locale, "error-no-input"));
    }
    // Someone else's message: it belongs to its author's conversation, not the helper's.
    let author = Some(msg.author.id.get());
    let (report, _, show_in) =
        run_tagged(deps, ix.key_of(author), &paste, &Asker::Author { guild_locale }).await;
    tagged(&report, diagnosis_messages(&report), show_in)
}

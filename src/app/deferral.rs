//! Discord's 3-second deadline, for both front doors: the first answer to an interaction must
//! reach Discord within 3 s, or Discord shows "This interaction failed" and refuses the callback
//! (`10062 Unknown interaction`). A handler may need longer (a slow store, a slow attachment
//! download, the engine on a long thread), so a door races it against a budget (~2 s,
//! `INTERACTION_DEFER_MS`) and, when it loses, answers "thinking…" (type 5) and sends the
//! reply later through the follow-up webhook, where the first follow-up replaces the
//! "thinking…" message.
//!
//! Component presses defer with type 5 too (ephemeral), not 6 (DEFERRED_UPDATE_MESSAGE): their
//! answers are new messages for the presser (type 4), never edits of the message the button
//! sits under, and a type-6 deferral could only be followed by such an edit.

use super::interactions::{
    handle_interaction, invoker_locale, Callback, Deps, Interaction, InteractionOutcome,
    WATCH_COMMAND,
};
use super::layout::{text_messages, Delivery as TextDelivery};
use crate::lang::Locale;
use crate::render::t;
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;

/// The longest a deferred interaction may keep working: Discord's interaction token is valid
/// for 15 minutes; a reply that late helps nobody.
pub const DEFERRED_WORK_LIMIT: Duration = Duration::from_secs(120);

/// How the handler's race against the deferral budget ended.
pub enum Raced {
    /// Ready in time: answer with its callback (and follow-ups).
    Ready(InteractionOutcome),
    /// The handler failed (panicked): answer with the internal-error message.
    Failed,
    /// Autocomplete that was not ready: it cannot be deferred, so no choices.
    NoChoices,
    /// Not ready: answer with this deferral now, then send [`Deferred::messages`] as
    /// follow-ups.
    Deferred(Deferred),
}

/// A handler still running after its interaction was deferred.
pub struct Deferred {
    pub callback: Callback,
    task: tokio::task::JoinHandle<InteractionOutcome>,
    interaction: Arc<Interaction>,
}

impl Deferred {
    /// The messages to send as follow-ups once the handler is done (at most
    /// [`DEFERRED_WORK_LIMIT`]): its reply, or the internal-error message.
    pub async fn messages(mut self) -> (Vec<Value>, Option<InteractionOutcome>) {
        match tokio::time::timeout(DEFERRED_WORK_LIMIT, &mut self.task).await {
            Ok(Ok(o)) => {
                let messages = deferred_messages(&self.interaction, o.clone());
                (messages, Some(o))
            }
            Ok(Err(e)) => {
                tracing::error!(error = %e, "the deferred interaction handler failed");
                (vec![internal_error_message(&self.interaction)], None)
            }
            Err(_) => {
                self.task.abort();
                tracing::error!(
                    limit_s = DEFERRED_WORK_LIMIT.as_secs(),
                    "the deferred interaction took too long"
                );
                (vec![internal_error_message(&self.interaction)], None)
            }
        }
    }
}

/// Run the handler for `interaction`, waiting at most `budget` for its answer.
pub async fn race(deps: Arc<Deps>, interaction: Arc<Interaction>, budget: Duration) -> Raced {
    let task_interaction = interaction.clone();
    let mut task = tokio::spawn(async move { handle_interaction(&deps, &task_interaction).await });
    match tokio::time::timeout(budget, &mut task).await {
        Ok(Ok(outcome)) => Raced::Ready(outcome),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "the interaction handler failed");
            Raced::Failed
        }
        Err(_) if matches!(*interaction, Interaction::Autocomplete(_)) => {
            task.abort();
            tracing::warn!(
                budget_ms = budget.as_millis() as u64,
                "autocomplete was not ready in time; no choices"
            );
            Raced::NoChoices
        }
        Err(_) => Raced::Deferred(Deferred {
            callback: Callback::Deferred { ephemeral: defer_ephemeral(&interaction) },
            task,
            interaction,
        }),
    }
}

/// The ephemeral "something went wrong" message, in the invoker's language.
pub fn internal_error_message(interaction: &Interaction) -> Value {
    let locale = invoker_locale(interaction).and_then(Locale::from_discord).unwrap_or(Locale::En);
    let msgs = text_messages(
        &t(locale, "error-internal"),
        &TextDelivery { ephemeral: true, components: None },
    );
    msgs.into_iter().next().unwrap_or_default()
}

/// The ephemeral "something went wrong" reply, in the invoker's language.
pub fn internal_error(interaction: &Interaction) -> Callback {
    Callback::Message(internal_error_message(interaction))
}

/// Whether the "thinking…" message should be visible to the invoker only: component presses
/// (their answers are personal) and the watch setting; diagnoses are public.
pub fn defer_ephemeral(interaction: &Interaction) -> bool {
    match interaction {
        Interaction::Component(_) => true,
        Interaction::Command(c) => c.data.name == WATCH_COMMAND,
        _ => false,
    }
}

/// After a deferral: the reply's first message replaces the "thinking…" message (the first
/// follow-up after a deferral does that), the rest follow. A reply that cannot be sent as a
/// message (a modal, choices) becomes the internal-error message.
pub fn deferred_messages(interaction: &Interaction, outcome: InteractionOutcome) -> Vec<Value> {
    let Callback::Message(first) = outcome.response else {
        tracing::warn!(
            response_type = outcome.response.kind().number(),
            "a deferred interaction produced a response that cannot be a follow-up"
        );
        return vec![internal_error_message(interaction)];
    };
    let mut out = Vec::with_capacity(1 + outcome.followups.len());
    out.push(first);
    out.extend(outcome.followups);
    out
}

//! `/clawmedic-watch on|off`: a server admin turns watch mode on or off for a channel or forum
//! (the reply itself is in [`crate::discord::watch`], which only the gateway bot receives).

use crate::app::interactions::{ephemeral_text, error, InteractionOutcome, Ix, Opts};
use crate::app::Deps;
use crate::diagnose::Msg;
use crate::render::tr;
use serenity::all::Permissions;

pub(crate) async fn watch_command(deps: &Deps, ix: &Ix<'_>, opts: &Opts<'_>) -> InteractionOutcome {
    let l = ix.error_locale(None);
    if !deps.settings.watch_enabled {
        return error(l, "watch-unavailable");
    }
    let Some(guild_id) = ix.guild_id() else {
        return error(l, "error-guild-only");
    };
    if !ix.permissions().intersects(Permissions::MANAGE_GUILD | Permissions::ADMINISTRATOR) {
        return error(l, "error-permission");
    }
    // In a thread (a forum post), watch its parent channel or forum.
    let channel = ix.thread_parent().or(ix.channel_id());
    let Some(channel) = channel else {
        return error(l, "error-guild-only");
    };
    let on = opts.on("mode");
    match tokio::time::timeout(
        deps.settings.store_timeout,
        deps.store.set_watch(guild_id, channel, on),
    )
    .await
    {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "could not save the watch setting");
            return error(l, "error-store");
        }
        Err(_) => {
            tracing::warn!("saving the watch setting timed out");
            return error(l, "error-store");
        }
    }
    let mention = format!("<#{channel}>");
    let text = if on {
        tr(
            l,
            &Msg::new("watch-on")
                .arg("channel", mention)
                .arg("seconds", deps.settings.watch_cooldown.as_secs().to_string()),
        )
    } else {
        tr(l, &Msg::new("watch-off").arg("channel", mention))
    };
    ephemeral_text(&text)
}

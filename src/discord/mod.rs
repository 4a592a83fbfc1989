//! The Discord front door. All interaction logic is transport-neutral in [`interactions`]
//! (raw interaction JSON in, callback body and follow-ups out), shared with the HTTP
//! interactions endpoint; [`gateway`] is the serenity wiring for the gateway bot.
//!
//! * [`interactions`]: commands, modal, context menu, components, autocomplete, command list;
//! * [`thread`]: diagnosing a paste with the thread's memory, in the right language;
//! * [`layout`]: the reply as embeds, split under Discord's limits;
//! * [`escape`]: user text shown back safely;
//! * [`deliver`]: callbacks and follow-ups posted to Discord with bounded retries;
//! * [`watch`]: watch mode (MESSAGE_CREATE in watched channels);
//! * [`fetch`]: reading attached files;
//! * [`memory`], [`status`], [`locales`]: store calls with time-boxes, `/model status`
//!   explanations, Discord locale codes.

pub mod conversation;
pub mod deliver;
pub mod escape;
pub mod fetch;
pub mod gateway;
pub mod interactions;
pub mod layout;
pub mod locales;
pub mod memory;
pub mod status;
pub mod thread;
pub mod watch;

use crate::config::Config;
use std::sync::Arc;

/// Run the bot from its configuration until SIGTERM or ctrl-c.
pub async fn run_bot(config: Config) -> anyhow::Result<()> {
    let store = crate::store::connect(&config.database_url)
        .await
        .map_err(|e| anyhow::anyhow!("cannot open the thread store: {e}"))?;
    let fetcher = Arc::new(fetch::HttpFetcher::new(
        config.api_base.as_deref(),
        config.settings.fetch_timeout,
    ));
    let deps = Arc::new(interactions::Deps { store, settings: config.settings.clone(), fetcher });
    tracing::info!(
        command = %deps.settings.command_name,
        watch = deps.settings.watch_enabled,
        dev_guild = ?config.dev_guild_id,
        "starting the Discord bot"
    );
    let result = gateway::run_gateway(
        deps.clone(),
        gateway::GatewayOptions::from_config(&config),
        gateway::shutdown_signal(),
    )
    .await;
    // The gateway, its handler and the expiry task are gone: dropping the last reference closes
    // the store's connection pool.
    drop(deps);
    tracing::info!("thread store released");
    result
}

//! The Discord gateway front door: serenity's client and shards ([`gateway`]) and watch mode
//! ([`watch`], MESSAGE_CREATE in watched channels). Everything an interaction does is in the
//! transport-neutral application layer ([`crate::app`]), shared with the HTTP server.

pub mod gateway;
pub mod watch;

use crate::app::{fetch, interactions, lifecycle};
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
    )?);
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
        lifecycle::shutdown_signal(),
    )
    .await;
    // The gateway, its handler and the expiry task are gone: dropping the last reference closes
    // the store's connection pool.
    drop(deps);
    tracing::info!("thread store released");
    result
}

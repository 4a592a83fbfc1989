//! The gateway bot: serenity's client with its shard manager (`start_autosharded`, so the bot
//! can grow past one shard) and rate limiter. Each interaction goes to the application's
//! handler, raced against Discord's 3 s deadline like the HTTP door does ([`crate::app::deferral`]:
//! "thinking…" after `INTERACTION_DEFER_MS`, the reply as follow-ups), and the outcome is sent as
//! the interaction callback plus follow-up webhook messages, through [`Deliverer`] (bounded
//! retries on 429 and 5xx). Commands are registered on the first READY (globally, or to `DEV_GUILD_ID` for instant
//! registration in development). A dropped gateway connection is resumed (or re-identified) by
//! serenity's shard runner.
//!
//! Shutdown (SIGTERM, ctrl-c, or the test's signal): stop accepting interactions (new ones get
//! a clear ephemeral error), let the in-flight ones finish and the thread-memory appends still
//! running land, both within the grace period, close the shards, stop the expiry task and drop
//! the store.

use super::watch::{on_message, Watcher};
use crate::app::deferral::{internal_error, race, Raced};
use crate::app::deliver::{Deliverer, Delivery};
use crate::app::interactions::{command_definitions, Callback, Deps};
use crate::app::lifecycle::{drain_memory_writes, expire_loop, InFlight};
use crate::config::{Config, Secret};
use regex::Regex;
use serde_json::Value;
use serenity::all::{
    ApplicationId, ChannelId, Context, EventHandler, GatewayIntents, GuildId, Interaction, Message,
    Ready,
};
use serenity::client::ClientBuilder;
use serenity::http::HttpBuilder;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Duration;

/// How the bot connects.
#[derive(Debug, Clone)]
pub struct GatewayOptions {
    pub token: Secret,
    pub application_id: Option<u64>,
    /// Send REST requests here instead of `https://discord.com` (tests). serenity 0.12's rate
    /// limiter ignores this override, so it is turned off when a base is set.
    pub api_base: Option<String>,
    pub dev_guild_id: Option<u64>,
}

impl GatewayOptions {
    pub fn from_config(config: &Config) -> GatewayOptions {
        GatewayOptions {
            token: config.discord_token.clone(),
            application_id: config.application_id,
            api_base: config.api_base.clone(),
            dev_guild_id: config.dev_guild_id,
        }
    }
}

struct Shared {
    accepting: AtomicBool,
    inflight: InFlight,
}

struct Handler {
    deps: Arc<Deps>,
    watcher: Watcher,
    shared: Arc<Shared>,
    registered: AtomicBool,
    dev_guild_id: Option<u64>,
    deliver: Deliverer,
}

static TOKEN_IN_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/(interactions/\d+|webhooks/\d+)/[^/\s?)]+").expect("token in url")
});

/// An error as text, with interaction tokens scrubbed from any URL in it.
fn describe(e: &serenity::Error) -> String {
    TOKEN_IN_URL.replace_all(&e.to_string(), "/$1/***").into_owned()
}

impl Handler {
    /// The callback, then the follow-ups in order; stop at the first that cannot be delivered
    /// (a reply with a gap in the middle would be worse than a short one). Returns whether the
    /// callback was accepted.
    async fn send(
        &self,
        ctx: &Context,
        interaction: &Interaction,
        response: &Value,
        followups: &[Value],
    ) -> bool {
        let token = interaction.token();
        let id = interaction.id().get();
        if let Delivery::Failed { attempts, reason } =
            self.deliver.callback(id, token, response).await
        {
            tracing::warn!(interaction = id, attempts, %reason, "sending the interaction response failed");
            return false;
        }
        self.send_followups(ctx, interaction, followups).await;
        true
    }

    /// Follow-up messages in order; stop at the first that cannot be delivered.
    async fn send_followups(&self, ctx: &Context, interaction: &Interaction, followups: &[Value]) {
        if followups.is_empty() {
            return;
        }
        let token = interaction.token();
        let id = interaction.id().get();
        let app = ctx.http.application_id().unwrap_or(interaction.application_id()).get();
        for (i, f) in followups.iter().enumerate() {
            if let Delivery::Failed { attempts, reason } =
                self.deliver.followup(app, token, f).await
            {
                tracing::warn!(
                    interaction = id,
                    followup = i + 1,
                    of = followups.len(),
                    attempts,
                    %reason,
                    "sending a follow-up message failed; giving up on the rest"
                );
                return;
            }
        }
    }

    /// The parent channel of a thread (for watch mode in forums) and the server's locale.
    async fn channel_context(&self, ctx: &Context, msg: &Message) -> (Option<u64>, Option<String>) {
        let Some(guild_id) = msg.guild_id else { return (None, None) };
        let mut parent = None;
        let mut locale = None;
        if let Some(g) = ctx.cache.guild(guild_id) {
            locale = Some(g.preferred_locale.clone());
            if let Some(t) = g.threads.iter().find(|t| t.id == msg.channel_id) {
                parent = t.parent_id.map(ChannelId::get);
            } else if let Some(c) = g.channels.get(&msg.channel_id) {
                parent = c.parent_id.filter(|_| c.thread_metadata.is_some()).map(ChannelId::get);
            }
        }
        if parent.is_none() && locale.is_none() {
            // Not cached: one REST lookup (rate-limited by serenity).
            if let Ok(serenity::all::Channel::Guild(c)) = ctx.http.get_channel(msg.channel_id).await
            {
                parent = c.parent_id.filter(|_| c.thread_metadata.is_some()).map(ChannelId::get);
            }
        }
        (parent, locale)
    }
}

#[serenity::async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        tracing::info!(user = %ready.user.name, shard = ?ready.shard.map(|s| s.id.0), "connected to the gateway");
        if self.registered.swap(true, Ordering::SeqCst) {
            return;
        }
        let defs = command_definitions(&self.deps.settings);
        let result = match self.dev_guild_id {
            Some(g) => ctx.http.create_guild_commands(GuildId::new(g), &defs).await.map(|_| ()),
            None => ctx.http.create_global_commands(&defs).await.map(|_| ()),
        };
        match result {
            Ok(()) => tracing::info!(guild = ?self.dev_guild_id, "application commands registered"),
            Err(e) => {
                tracing::error!(error = %describe(&e), "registering application commands failed");
                self.registered.store(false, Ordering::SeqCst);
            }
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let _guard = self.shared.inflight.enter();
        let interaction = Arc::new(interaction);
        let (response, followups) = if self.shared.accepting.load(Ordering::SeqCst) {
            // serenity's typed interaction goes to the same handler as the HTTP door's, raced
            // against Discord's deadline like there (`app::deferral`).
            let budget = self.deps.settings.defer_after;
            match race(self.deps.clone(), interaction.clone(), budget).await {
                Raced::Ready(o) => (o.response.to_value(), o.followups),
                Raced::Failed => (internal_error(&interaction).to_value(), Vec::new()),
                Raced::NoChoices => (Callback::Choices(Vec::new()).to_value(), Vec::new()),
                Raced::Deferred(later) => {
                    let deferral = later.callback.to_value();
                    // Without an accepted deferral there is no webhook to follow up on.
                    if self.send(&ctx, &interaction, &deferral, &[]).await {
                        let (messages, _) = later.messages().await;
                        self.send_followups(&ctx, &interaction, &messages).await;
                    }
                    return;
                }
            }
        } else {
            if matches!(*interaction, Interaction::Autocomplete(_) | Interaction::Ping(_)) {
                return;
            }
            (internal_error(&interaction).to_value(), Vec::new())
        };
        let _ = self.send(&ctx, &interaction, &response, &followups).await;
    }

    async fn message(&self, ctx: Context, msg: Message) {
        if !self.deps.settings.watch_enabled
            || msg.author.bot
            || !self.shared.accepting.load(Ordering::SeqCst)
        {
            return;
        }
        let _guard = self.shared.inflight.enter();
        let (parent, guild_locale) = self.channel_context(&ctx, &msg).await;
        let bodies =
            on_message(&self.deps, &self.watcher, &msg, parent, guild_locale.as_deref()).await;
        for body in bodies {
            if let Err(e) =
                ctx.http.send_message(ChannelId::new(msg.channel_id.get()), vec![], &body).await
            {
                tracing::warn!(error = %describe(&e), channel = msg.channel_id.get(), "watch mode reply failed");
                return;
            }
        }
    }
}

/// Run the gateway bot until `shutdown` completes (then shut down gracefully) or the shards
/// stop on their own.
pub async fn run_gateway(
    deps: Arc<Deps>,
    opts: GatewayOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let mut http = HttpBuilder::new(opts.token.expose());
    if let Some(base) = &opts.api_base {
        http = http.proxy(base.as_str()).ratelimiter_disabled(true);
    }
    if let Some(app) = opts.application_id {
        http = http.application_id(ApplicationId::new(app));
    }
    let http = http.build();
    let intents = if deps.settings.watch_enabled {
        // Privileged: only with watch mode on.
        GatewayIntents::GUILDS | GatewayIntents::GUILD_MESSAGES | GatewayIntents::MESSAGE_CONTENT
    } else {
        GatewayIntents::GUILDS
    };
    let shared =
        Arc::new(Shared { accepting: AtomicBool::new(true), inflight: InFlight::default() });
    let handler = Handler {
        deps: deps.clone(),
        watcher: Watcher::new(deps.settings.watch_cooldown),
        shared: shared.clone(),
        registered: AtomicBool::new(false),
        dev_guild_id: opts.dev_guild_id,
        deliver: Deliverer::new(opts.api_base.as_deref())?,
    };
    let mut client = ClientBuilder::new_with_http(http, intents)
        .event_handler(handler)
        .await
        .map_err(|e| anyhow::anyhow!("could not build the Discord client: {}", describe(&e)))?;
    let expiry = tokio::spawn(expire_loop(deps.store.clone(), deps.settings.retention()));
    let manager = client.shard_manager.clone();
    let grace = deps.settings.shutdown_grace;
    let store = deps.store.clone();
    let (stopped_tx, stopped_rx) = tokio::sync::oneshot::channel::<()>();
    let stopper = tokio::spawn(async move {
        shutdown.await;
        // Stop taking work before saying so: the log line means new interactions are refused.
        shared.accepting.store(false, Ordering::SeqCst);
        tracing::info!("shutting down: no new interactions; waiting for those in flight");
        let deadline = tokio::time::Instant::now() + grace;
        if !shared.inflight.wait_idle(grace).await {
            tracing::warn!(
                grace_s = grace.as_secs(),
                "some interactions were still running at the deadline"
            );
        }
        // Evidence appends that outlived their reply's wait: let them land (or fail) now rather
        // than be cut off when the process exits.
        drain_memory_writes(&store, deadline).await;
        drop(store);
        manager.shutdown_all().await;
        let _ = stopped_tx.send(());
    });
    let result = tokio::select! {
        r = client.start_autosharded() => r.map_err(|e| anyhow::anyhow!("the Discord connection ended: {}", describe(&e))),
        _ = async {
            // shutdown_all returns at once when no shard had started; do not wait forever.
            if stopped_rx.await.is_ok() {
                tokio::time::sleep(Duration::from_secs(5)).await;
            } else {
                std::future::pending::<()>().await;
            }
        } => Ok(()),
    };
    stopper.abort();
    expiry.abort();
    drop(client);
    tracing::info!("stopped");
    result
}

//! Shared test helpers: a fake Discord on loopback ([`fake_discord`]), realistic payloads
//! ([`payloads`]), and [`Bot`], which runs the real gateway bot against the fake.
#![allow(dead_code)]

pub mod discord_contract;
pub mod fake_discord;
pub mod payloads;

use clawmedic::app::fetch::HttpFetcher;
use clawmedic::app::interactions::Deps;
use clawmedic::config::{BotSettings, Secret};
use clawmedic::discord::gateway::{run_gateway, GatewayOptions};
use clawmedic::store::ThreadStore;
use fake_discord::{FakeDiscord, APP_ID, GUILD_ID};
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The memory of the test user in a text channel: outside threads each user has their own
/// (security review H2).
pub fn user_key(ch: u64) -> clawmedic::store::ThreadKey {
    clawmedic::app::conversation::key_for(ch, false, Some(payloads::USER_ID)).expect("a user key")
}

/// A reply with its "Show in …" menus untagged (each is tagged with the id of its own reply,
/// the interaction's id), to compare it with the layout of a report.
pub fn without_reply_id(v: &Value) -> Value {
    match v {
        Value::String(s) if s.starts_with("cm:show:") => Value::String("cm:show".into()),
        Value::Array(a) => Value::Array(a.iter().map(without_reply_id).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), without_reply_id(v))).collect())
        }
        other => other.clone(),
    }
}

/// The bot token the tests use; it must never show up in a log line.
pub const TOKEN: &str = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.FAKE-TOKEN.never-printed-3c8f1e";

/// The real bot, connected to a fake Discord.
pub struct Bot {
    pub fake: FakeDiscord,
    pub store: Arc<dyn ThreadStore>,
    pub settings: BotSettings,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<anyhow::Result<()>>>,
}

impl Bot {
    /// Start the bot with this store; returns once it has registered its commands.
    pub async fn start(store: Arc<dyn ThreadStore>, settings: BotSettings) -> Bot {
        let fake = FakeDiscord::start().await;
        let fetcher = Arc::new(
            HttpFetcher::new(Some(&fake.base), Duration::from_secs(5)).expect("an HTTP client"),
        );
        let deps = Arc::new(Deps { store: store.clone(), settings: settings.clone(), fetcher });
        let opts = GatewayOptions {
            token: Secret::new(TOKEN),
            application_id: Some(APP_ID),
            api_base: Some(fake.base.clone()),
            dev_guild_id: Some(GUILD_ID),
        };
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(run_gateway(deps, opts, async move {
            let _ = rx.await;
        }));
        let path = format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands");
        fake.wait_for(|r| r.method == "PUT" && r.path == path).await;
        Bot { fake, store, settings, stop: Some(tx), task: Some(task) }
    }

    /// Send an interaction over the gateway and return the callback body the bot answered with.
    pub async fn interact(&self, payload: Value) -> Value {
        let id: u64 = payload["id"].as_str().unwrap().parse().unwrap();
        self.fake.dispatch("INTERACTION_CREATE", payload);
        self.fake.callback(id).await
    }

    /// The first follow-up of a deferred interaction (it replaces "thinking…"), once the bot
    /// has sent it through the webhook of `token`.
    pub async fn first_followup(&self, token: &str) -> Value {
        let hook = format!("/api/v10/webhooks/{APP_ID}/{token}");
        self.fake.wait_for(|r| r.ok() && r.method == "POST" && r.path == hook).await;
        self.fake.followups(token)[0].clone()
    }

    /// Graceful shutdown; returns what `run_gateway` returned.
    pub async fn shutdown(mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        let task = self.task.take().expect("running");
        tokio::time::timeout(Duration::from_secs(30), task)
            .await
            .expect("the bot stops in time")
            .expect("the bot task")
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        if let Some(t) = &self.task {
            t.abort();
        }
    }
}

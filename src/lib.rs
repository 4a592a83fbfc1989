//! clawmedic's front doors around the engine (`clawmedic-engine`): configuration, thread
//! memory, the application layer both doors share ([`app`]), and the two doors as siblings:
//! the Discord gateway bot ([`discord`]) and the HTTP server ([`http`]). The engine's modules are re-exported so
//! `clawmedic::diagnose_thread` and `clawmedic::parse::…` name the same items everywhere.

pub use clawmedic_engine::*;

pub mod app;
pub mod config;
pub mod discord;
pub mod http;
pub mod screenshot;
pub mod store;

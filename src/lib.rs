//! clawmedic's front doors around the engine (`clawmedic-engine`): configuration, thread
//! memory, the Discord gateway bot and the HTTP server. The engine's modules are re-exported so
//! `clawmedic::diagnose_thread` and `clawmedic::parse::…` name the same items everywhere.
#![forbid(unsafe_code)]

pub use clawmedic_engine::*;

pub mod config;
pub mod discord;
pub mod http;
pub mod store;

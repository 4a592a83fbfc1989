//! Rate limits for the web and API routes (`governor`): one bucket per client IP (IPv6 per
//! /64, since one host usually holds a whole /64) and per thread id. Each replica keeps its own
//! buckets, so behind a load balancer with N replicas a client gets at most N times the
//! configured rate; the reverse proxy in `deploy/` adds a global per-IP limit in front.

use super::config::RateLimit;
use governor::clock::{Clock, DefaultClock, Reference};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use std::hash::Hash;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::Duration;

/// Keys kept at most. Past that, keys whose bucket is full again (idle) are dropped; if every
/// key is still active the limiter refuses requests until some are, rather than grow.
const MAX_KEYS: usize = 100_000;

/// The shortest interval between two sweeps of idle keys: a sweep walks every key, so an
/// address spray must not be able to trigger one per request.
const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// governor's keyed limiter (a `DashMap` of GCRA states) on clock `C`.
type Keyed<K, C> =
    RateLimiter<K, DefaultKeyedStateStore<K>, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// A keyed rate limiter (governor's GCRA: `per_minute` on average, `burst` at once per key),
/// with bounded memory.
pub struct Limiter<K: Hash + Eq + Clone, C: Clock + Clone = DefaultClock> {
    /// `None` when the limit is off.
    inner: Option<Keyed<K, C>>,
    clock: C,
    max_keys: usize,
    last_sweep: Mutex<Option<C::Instant>>,
}

impl<K: Hash + Eq + Clone> Limiter<K> {
    pub fn new(limit: RateLimit) -> Limiter<K> {
        Limiter::with_clock(limit, DefaultClock::default(), MAX_KEYS)
    }
}

impl<K: Hash + Eq + Clone, C: Clock + Clone> Limiter<K, C> {
    fn with_clock(limit: RateLimit, clock: C, max_keys: usize) -> Limiter<K, C> {
        let quota = NonZeroU32::new(limit.per_minute).map(|rate| {
            Quota::per_minute(rate)
                .allow_burst(NonZeroU32::new(limit.burst).unwrap_or(NonZeroU32::MIN))
        });
        Limiter {
            inner: quota.map(|q| RateLimiter::dashmap_with_clock(q, clock.clone())),
            clock,
            max_keys,
            last_sweep: Mutex::new(None),
        }
    }

    /// Take one request for `key`; `Err(wait)` tells how long until one is allowed.
    pub fn check(&self, key: &K) -> Result<(), Duration> {
        let Some(limiter) = &self.inner else {
            return Ok(());
        };
        if limiter.len() >= self.max_keys && !self.sweep(limiter) {
            return Err(SWEEP_EVERY);
        }
        limiter.check_key(key).map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }

    /// Drop idle keys, at most once per [`SWEEP_EVERY`]; whether there is room afterwards.
    fn sweep(&self, limiter: &Keyed<K, C>) -> bool {
        let now = self.clock.now();
        let mut last = self.last_sweep.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let due = last.is_none_or(|at| Duration::from(now.duration_since(at)) >= SWEEP_EVERY);
        if due {
            *last = Some(now);
            limiter.retain_recent();
        }
        limiter.len() < self.max_keys
    }
}

/// The rate-limit key of a client address: the address itself, or its /64 for IPv6.
pub fn ip_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// The client address: the peer, or (behind a trusted proxy) the last `X-Forwarded-For` hop,
/// which is the one the proxy itself appended.
pub fn client_ip(
    peer: Option<SocketAddr>,
    forwarded_for: Option<&str>,
    trust_forwarded: bool,
) -> Option<IpAddr> {
    if trust_forwarded {
        if let Some(ip) = forwarded_for
            .and_then(|h| h.rsplit(',').next())
            .and_then(|s| s.trim().parse::<IpAddr>().ok())
        {
            return Some(ip);
        }
    }
    peer.map(|p| p.ip())
}

#[cfg(test)]
mod tests {
    use super::*;

    use governor::clock::FakeRelativeClock;

    #[test]
    fn bucket_allows_burst_then_refills() {
        let clock = FakeRelativeClock::default();
        let l = Limiter::with_clock(RateLimit { per_minute: 60, burst: 2 }, clock.clone(), 10);
        assert!(l.check(&1).is_ok());
        assert!(l.check(&1).is_ok());
        let wait = l.check(&1).unwrap_err();
        assert!(wait <= Duration::from_secs(1) && wait > Duration::from_millis(900), "{wait:?}");
        assert!(l.check(&2).is_ok(), "other keys have their own bucket");
        clock.advance(Duration::from_millis(1001));
        assert!(l.check(&1).is_ok());
        let off: Limiter<u8> = Limiter::new(RateLimit::OFF);
        for _ in 0..1000 {
            assert!(off.check(&0).is_ok());
        }
    }

    /// Memory stays bounded: idle keys are swept when the limiter is full, and while every key
    /// is active it refuses (a second) instead of growing.
    #[test]
    fn keys_are_bounded_and_idle_ones_swept() {
        let clock = FakeRelativeClock::default();
        let l = Limiter::with_clock(RateLimit { per_minute: 60, burst: 1 }, clock.clone(), 3);
        for key in 0..3 {
            assert!(l.check(&key).is_ok());
        }
        assert_eq!(l.check(&9), Err(SWEEP_EVERY), "full of active keys");
        clock.advance(Duration::from_secs(2));
        assert!(l.check(&9).is_ok(), "the idle keys were swept");
        assert!(l.inner.as_ref().unwrap().len() <= 3);
    }

    #[test]
    fn ipv6_clients_share_their_64_and_forwarded_for_needs_trust() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        assert_eq!(ip_key(a), ip_key(b));
        let peer: SocketAddr = "10.0.0.2:5555".parse().unwrap();
        let xff = Some("203.0.113.7, 198.51.100.4");
        assert_eq!(client_ip(Some(peer), xff, false), Some(peer.ip()));
        assert_eq!(client_ip(Some(peer), xff, true), Some("198.51.100.4".parse().unwrap()));
        assert_eq!(client_ip(Some(peer), Some("garbage"), true), Some(peer.ip()));
    }
}

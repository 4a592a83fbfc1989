//! Rate limits for the web and API routes: token buckets per client IP (IPv6 per /64, since one
//! host usually holds a whole /64) and per thread id. Each replica keeps its own buckets, so
//! behind a load balancer with N replicas a client gets at most N times the configured rate;
//! the reverse proxy in `deploy/` adds a global per-IP limit in front.

use super::config::RateLimit;
use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Buckets kept at most; past that, full (idle) buckets are dropped first.
const MAX_KEYS: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// A keyed token-bucket limiter.
pub struct Limiter<K> {
    limit: RateLimit,
    buckets: Mutex<HashMap<K, Bucket>>,
}

impl<K: Hash + Eq + Clone> Limiter<K> {
    pub fn new(limit: RateLimit) -> Limiter<K> {
        Limiter { limit, buckets: Mutex::new(HashMap::new()) }
    }

    /// Take one token for `key` at `now`; `Err(wait)` tells how long until one is free.
    pub fn check_at(&self, key: &K, now: Instant) -> Result<(), Duration> {
        if !self.limit.enabled() {
            return Ok(());
        }
        let rate = f64::from(self.limit.per_minute) / 60.0;
        let burst = f64::from(self.limit.burst.max(1));
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= MAX_KEYS && !buckets.contains_key(key) {
            let full_after = Duration::from_secs_f64(burst / rate);
            buckets.retain(|_, b| now.saturating_duration_since(b.at) < full_after);
            if buckets.len() >= MAX_KEYS {
                // Still full of active clients: refuse newcomers rather than grow without bound.
                return Err(Duration::from_secs(1));
            }
        }
        let b = buckets.entry(key.clone()).or_insert(Bucket { tokens: burst, at: now });
        let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + elapsed * rate).min(burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - b.tokens) / rate))
        }
    }

    pub fn check(&self, key: &K) -> Result<(), Duration> {
        self.check_at(key, Instant::now())
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

    #[test]
    fn bucket_allows_burst_then_refills() {
        let l = Limiter::new(RateLimit { per_minute: 60, burst: 2 });
        let t0 = Instant::now();
        assert!(l.check_at(&1, t0).is_ok());
        assert!(l.check_at(&1, t0).is_ok());
        let wait = l.check_at(&1, t0).unwrap_err();
        assert!(wait <= Duration::from_secs(1) && wait > Duration::from_millis(900), "{wait:?}");
        assert!(l.check_at(&2, t0).is_ok(), "other keys have their own bucket");
        assert!(l.check_at(&1, t0 + Duration::from_millis(1001)).is_ok());
        let off: Limiter<u8> = Limiter::new(RateLimit::OFF);
        for _ in 0..1000 {
            assert!(off.check_at(&0, t0).is_ok());
        }
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

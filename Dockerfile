# syntax=docker/dockerfile:1.7
# clawmedic: one binary (`diagnose`, `bot`, `serve`). Multi-stage: build with the Rust image,
# run on distroless (glibc + libgcc only, no shell, non-root). Locales, migrations and the web
# page are compiled into the binary; SQLite is bundled; TLS is rustls with built-in roots, so
# the runtime image needs nothing else.
#
#   docker build -t clawmedic .
#   docker run --rm -p 8080:8080 -e DATABASE_URL=postgres://… clawmedic            # serve
#   docker run --rm -i clawmedic diagnose < paste.txt                               # CLI
#
# See docs/http.md and deploy/compose.yaml (two replicas, PostgreSQL, Caddy).

ARG RUST_VERSION=1.95

FROM rust:${RUST_VERSION}-bookworm AS build
WORKDIR /src
# No debug info in the image (the repository's release profile keeps line tables for profiling).
ENV CARGO_PROFILE_RELEASE_DEBUG=0 \
    CARGO_PROFILE_RELEASE_STRIP=symbols \
    CARGO_TERM_COLOR=never
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY locales ./locales
COPY migrations ./migrations
COPY benches ./benches
COPY examples ./examples
# The registry and target caches survive between builds (BuildKit); the binary is copied out
# of the cache mount so the next stage can see it.
RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked \
    --mount=type=cache,target=/src/target,sharing=locked \
    cargo build --release --locked --bin clawmedic \
 && install -D -m 0755 target/release/clawmedic /out/clawmedic

FROM gcr.io/distroless/cc-debian12:nonroot AS runtime
COPY --from=build /out/clawmedic /usr/local/bin/clawmedic
# The SQLite default (one replica, no database server) writes here; use PostgreSQL for more.
WORKDIR /home/nonroot
ENV HTTP_BIND=0.0.0.0:8080 \
    DATABASE_URL=sqlite:/home/nonroot/clawmedic.sqlite \
    RUST_LOG=info
EXPOSE 8080
USER nonroot:nonroot
# Graceful shutdown on SIGTERM (docker stop): stops accepting, finishes requests in flight and
# pending Discord follow-ups within SHUTDOWN_GRACE_SECONDS (default 10; keep the orchestrator's
# stop timeout above it).
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/clawmedic"]
CMD ["serve"]

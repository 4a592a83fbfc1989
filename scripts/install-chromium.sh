#!/usr/bin/env bash
# Install Debian's headless-capable Chromium for the web page test (tests/web_chromium.rs).
# Idempotent: does nothing when /usr/bin/chromium is already there; runs `apt-get update`
# only when the package lists do not know the package yet. Must run as root (CI does).
set -euo pipefail

log() { echo "install-chromium: $*" >&2; }

if [ -x /usr/bin/chromium ]; then
  log "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  log "error: run as root (it installs Debian's chromium package)"
  exit 1
fi
command -v apt-get >/dev/null 2>&1 || { log "error: apt-get is missing (Debian/Ubuntu only)"; exit 1; }
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show chromium >/dev/null 2>&1; then
  log "package lists lack chromium; running apt-get update"
  apt-get update -q >&2
fi
log "installing chromium"
apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core >&2
[ -x /usr/bin/chromium ] || { log "error: chromium was installed but /usr/bin/chromium is missing"; exit 1; }
log "ready: $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"

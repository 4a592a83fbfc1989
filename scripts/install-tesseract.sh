#!/usr/bin/env bash
# Install Debian's Tesseract OCR with English and the script packs for the locales whose users
# paste non-Latin text (issue 15): chi-sim, chi-tra, jpn, kor, rus. Screenshots are read with
# the `tesseract` command (crates/ocr). Idempotent: does nothing when every language is there;
# runs `apt-get update` only when the package lists do not know the packages yet. Fails (exit 1)
# when it cannot install, so CI stops instead of skipping the screenshot tests.
set -euo pipefail

log() { echo "install-tesseract: $*" >&2; }

langs=(eng chi_sim chi_tra jpn kor rus)
have_all() {
  command -v tesseract >/dev/null 2>&1 || return 1
  local have
  have=$(tesseract --list-langs 2>/dev/null) || return 1
  for l in "${langs[@]}"; do
    printf '%s\n' "$have" | grep -qx "$l" || return 1
  done
}

if have_all; then
  log "tesseract already installed: $(tesseract --version 2>/dev/null | head -1)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  log "error: run as root (it installs Debian's tesseract-ocr packages)"
  exit 1
fi
command -v apt-get >/dev/null 2>&1 || { log "error: apt-get is missing (Debian/Ubuntu only)"; exit 1; }
export DEBIAN_FRONTEND=noninteractive
pkgs=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-chi-tra
      tesseract-ocr-jpn tesseract-ocr-kor tesseract-ocr-rus)
if ! apt-cache show "${pkgs[@]}" >/dev/null 2>&1; then
  log "package lists lack tesseract-ocr; running apt-get update"
  apt-get update -q >&2
fi
log "installing ${pkgs[*]}"
apt-get install -y -q --no-install-recommends "${pkgs[@]}" >&2
have_all || { log "error: tesseract or one of its languages (${langs[*]}) is missing after install"; exit 1; }
log "ready: $(tesseract --version 2>/dev/null | head -1)"

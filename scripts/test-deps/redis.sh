#!/usr/bin/env bash
# The scale-out tests run a real redis-server on a loopback port of their own.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq redis-server >/dev/null
# The tests start their own server; the distribution's service is not needed.
$SUDO service redis-server stop >/dev/null 2>&1 || true
redis-server --version

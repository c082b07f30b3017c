#!/usr/bin/env bash
# Proves the README's first command as a newcomer meets it: `npm ci && npm start` in a fresh clone of the committed
# HEAD, with the machine's own Node (PATH reset to the system's; Node 20 on this project's runners) and an empty Node
# cache, so an old system Node has to fetch Node 24 from the npm registry exactly as a newcomer's would. Succeeds once
# http://127.0.0.1:$PORT/ serves the home page; fails after $FRESH_CLONE_TIMEOUT seconds or when the command exits.
# Run on its own with `bash .ci/fresh-clone-start.sh`; .ci/run calls it before `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

# 4329: a port the test suite never uses (Playwright defaults to 4321; nginx tests pick free ports).
port="${FRESH_CLONE_PORT:-4329}"
timeout="${FRESH_CLONE_TIMEOUT:-600}"
system_path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
url="http://127.0.0.1:$port/"
work=$(mktemp -d)
server=""

cleanup() {
  if [ -n "$server" ]; then
    kill -TERM -- "-$server" 2>/dev/null || true
    for _ in $(seq 20); do kill -0 -- "-$server" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if curl -s -o /dev/null --max-time 2 "$url"; then
  echo "fresh clone: port $port is already in use; set FRESH_CLONE_PORT to a free port" >&2
  exit 1
fi

git clone --quiet --no-hardlinks . "$work/repo"
git -C "$work/repo" checkout --quiet --detach "$(git rev-parse HEAD)"
echo "fresh clone of $(git rev-parse --short HEAD), system $(PATH=$system_path command -v node || echo 'node: none')" \
  "$(PATH=$system_path node --version 2>/dev/null || true): npm ci && npm start on port $port"

# set -m gives the background job its own process group, so the cleanup stops npm, astro and everything they
# started in one kill. CI and ASTRO_TELEMETRY_DISABLED are unset: a newcomer's shell has neither.
set -m
(
  cd "$work/repo"
  exec env -u CI -u ASTRO_TELEMETRY_DISABLED PATH="$system_path" PORT="$port" \
    SIAPMITRA_NODE_CACHE="$work/node-cache" bash -c 'npm ci && npm start'
) >"$work/log" 2>&1 &
server=$!
set +m

# Fetched to a file, not piped: under pipefail, grep -q closing the pipe early could fail a page that was served.
home_served() { curl -fsS --max-time 5 -o "$work/home.html" "$url" 2>/dev/null && grep -q "<title>SiapMitra" "$work/home.html"; }

started=$SECONDS
until home_served; do
  if ! kill -0 "$server" 2>/dev/null || [ $((SECONDS - started)) -ge "$timeout" ]; then
    tail -n 40 "$work/log" >&2
    echo "fresh clone: FAILED, $url did not serve the home page within $((SECONDS - started)) s" >&2
    exit 1
  fi
  sleep 2
done
grep -E "^Node\.js " "$work/log" || true
echo "fresh clone: home page served at $url after $((SECONDS - started)) s"

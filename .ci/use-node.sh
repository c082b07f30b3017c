# Sourced (POSIX sh, from the project root) by the npm scripts, as in `. .ci/use-node.sh && astro build`, and by
# .ci/run. Astro 7, Vitest and Lighthouse need the Node.js floor in package.json's engines.node. When the `node` on
# PATH is older (many machines ship Node 20), this installs Node 24 from the npm registry (package `node`, about
# 10 s, once) into a cache outside the repo and puts it first on PATH for the rest of the command. It says so in one
# line on stderr; if the install fails, it prints the one command to run and returns non-zero.
# It also turns Astro's telemetry off unless the caller set ASTRO_TELEMETRY_DISABLED: the site promises no analytics.

export ASTRO_TELEMETRY_DISABLED="${ASTRO_TELEMETRY_DISABLED-1}"

# engines.node is a floor such as ">=22.22": its first MAJOR.MINOR is the minimum.
siapmitra_floor=$(sed -n '/"node": *"/{s/.*"node": *"[^0-9"]*\([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p;q;}' package.json)

siapmitra_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e '
      const [want, have] = [process.argv[1], process.versions.node].map((v) => v.split(".").map(Number));
      process.exit(have[0] > want[0] || (have[0] === want[0] && have[1] >= want[1]) ? 0 : 1);
    ' "${siapmitra_floor:?engines.node in package.json has no MAJOR.MINOR}" 2>/dev/null
}

if ! siapmitra_node_ok; then
  siapmitra_cache="${SIAPMITRA_NODE_CACHE:-$HOME/.cache/siapmitra-node}"
  siapmitra_shown=$(printf '%s' "$siapmitra_cache" | sed "s|^$HOME/|~/|")
  siapmitra_old="Node.js $(node --version 2>/dev/null || echo '(tidak ditemukan)')"
  PATH="$siapmitra_cache/node_modules/.bin:$PATH"
  export PATH
  if siapmitra_node_ok; then
    echo "$siapmitra_old terlalu lama (minimal $siapmitra_floor): memakai Node.js $(node --version) dari $siapmitra_shown." >&2
  else
    echo "$siapmitra_old terlalu lama (minimal $siapmitra_floor): memasang Node.js 24 dari registri npm ke $siapmitra_shown (sekali saja)." >&2
    # The package's preinstall script fetches the platform's binary, so it must run: the cache's own package.json
    # approves it for npm's allowScripts policy (npm 11 only warns about unapproved scripts; later npm blocks them).
    mkdir -p "$siapmitra_cache" &&
      { grep -qs '"allowScripts"' "$siapmitra_cache/package.json" ||
        echo '{ "private": true, "allowScripts": { "node": true } }' >"$siapmitra_cache/package.json"; } &&
      npm install --prefix "$siapmitra_cache" --no-audit --no-fund --loglevel=error node@24 >/dev/null ||
      : # npm has printed its error; the check below decides (and keeps a caller's `set -e` from exiting silently)
    hash -r # the shell remembered the old node's path while the cache was still empty
    if ! siapmitra_node_ok; then
      echo "Node.js 24 gagal dipasang otomatis. Jalankan perintah ini, lalu ulangi: npm install --prefix $siapmitra_shown node@24" >&2
      return 1
    fi
  fi
fi

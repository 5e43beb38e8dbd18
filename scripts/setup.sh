# Prepares a fresh machine; source it so that PATH carries over:
#   source scripts/setup.sh            Node >= 22.18, npm packages, Go modules
#   source scripts/setup.sh --browser  the same, plus Chromium and Caddy for the tests
# Node 24 comes from the npm package node@24.21.0 into .node24/ when the system
# Node is older; Chromium comes from apt when missing (CHROMIUM_PATH overrides).
# No `set -e`: this runs in the caller's shell, so each step returns on failure.

# Installs a Debian package as root, or says what to install by hand.
gfg_apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing $1 from apt"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null; } || return 1
  else
    echo "setup: $2" >&2
    return 1
  fi
}

gfg_setup() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 18) ? 0 : 1)' 2>/dev/null; then
    # npm looks for its global config under the running Node's prefix; keep
    # the system one (registry, CA file) once Node 24 comes first on PATH.
    local globalconfig
    globalconfig="$(npm config get globalconfig 2>/dev/null)"
    [ -f "$globalconfig" ] && export npm_config_globalconfig="$globalconfig"
    if [ ! -x "$root/.node24/node_modules/.bin/node" ]; then
      echo "setup: installing Node 24 into .node24/ (system Node is $(node --version 2>/dev/null || echo missing))"
      npm install --prefix "$root/.node24" --no-save --no-audit --no-fund node@24.21.0 >/dev/null || return 1
    fi
    export PATH="$root/.node24/node_modules/.bin:$PATH"
  fi
  echo "setup: node $(node --version)"

  if [ "${1:-}" = "--browser" ]; then
    # Chromium runs the end-to-end tests; Caddy serves dist/ with deploy/Caddyfile
    # in tests/e2e/deploy.spec.ts.
    [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] ||
      gfg_apt_install chromium "no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium}; install it or set CHROMIUM_PATH" || return 1
    command -v caddy >/dev/null ||
      gfg_apt_install caddy "no caddy on PATH; install Caddy 2.6 or later" || return 1
  fi

  # The link-preview cards (src/pages/og/) are set in Liberation Sans: their lines are broken by its metrics.
  fc-list 'Liberation Sans' 2>/dev/null | grep -q . ||
    gfg_apt_install fonts-liberation "no Liberation Sans font; install fonts-liberation" || return 1

  # npm ci installs exactly what package-lock.json pins, and fails if it
  # disagrees with package.json, so every machine and CI get the same tree.
  (cd "$root" && npm ci --no-audit --no-fund) || return 1
  (cd "$root/examples" && go mod download) || return 1
  export ASTRO_TELEMETRY_DISABLED=1
}

gfg_setup "$@"

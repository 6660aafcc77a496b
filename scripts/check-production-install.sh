#!/usr/bin/env bash
# Proves a production install works: copies this checkout (tracked and untracked, not ignored files)
# to a temp folder, runs `npm ci --omit=dev` there (--prefer-offline: the npm cache is usually
# warm), checks no dev-only package was installed, then `npm start` on a fresh database and waits for
# /api/health and the client's index.html; then a second `npm start` on the same database, which
# must skip the build. Prints the time of each step. Exit 0 when all passed.
#
#   scripts/check-production-install.sh            # keeps nothing
#   KEEP=1 scripts/check-production-install.sh     # leaves the temp folder for a look
set -euo pipefail

src="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/kpi-prod-install.XXXXXX")"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then kill -- "-$server_pid" 2>/dev/null || true; fi
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

echo "== copy $src -> $work"
(cd "$src" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -) | (cd "$work" && tar -xf -)

echo "== npm ci --omit=dev"
t=$(now)
(cd "$work" && npm ci --omit=dev --prefer-offline --no-audit --no-fund --loglevel=error)
echo "npm ci --omit=dev: $(since "$t") s, node_modules $(du -sm "$work/node_modules" | cut -f1) MB"
for dev in vitest typescript dependency-cruiser drizzle-kit jsdom; do
  if [[ -e "$work/node_modules/$dev" ]]; then echo "FAIL: dev-only package $dev was installed"; exit 1; fi
done
(cd "$work" && node -e "Promise.all([import('@sparticuz/chromium'), import('playwright-core')]).then(() => console.log('PDF packages resolve: @sparticuz/chromium, playwright-core'))")

# Starts `npm start` in its own process group, waits for /api/health (and the client), prints the time.
start_and_check() {
  local label="$1" port
  port="$(free_port)"
  t=$(now)
  (cd "$work" && KPI_DB="$work/data/prod.sqlite" PORT="$port" HOST=127.0.0.1 KPI_WARM_BROWSER=0 setsid npm start >"$work/start-$label.log" 2>&1) &
  server_pid=$!
  for _ in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$port/api/health" >"$work/health.json" 2>/dev/null; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "FAIL: npm start exited"; cat "$work/start-$label.log"; exit 1; fi
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null || { echo "FAIL: no /api/health"; cat "$work/start-$label.log"; exit 1; }
  echo "$label npm start -> /api/health 200: $(since "$t") s  $(cat "$work/health.json")"
  curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "FAIL: the client is not served"; exit 1; }
  echo "$label: the client's index.html is served"
  kill -- "-$server_pid" 2>/dev/null || kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

start_and_check first
grep -q 'Building the client' "$work/start-first.log" || { echo "FAIL: the first start did not build"; exit 1; }
start_and_check second
if grep -q 'Building' "$work/start-second.log"; then echo "FAIL: the second start rebuilt unchanged sources"; exit 1; fi
echo "second start skipped the build (sources unchanged)"
echo "OK: production install works"

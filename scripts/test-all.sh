#!/usr/bin/env bash
# npm test: every check, in order — lint, typecheck, unit tests, integration tests on a real PostgreSQL
# (started here on loopback in a temporary directory), production build, end-to-end tests in Chromium, and two app
# instances on one PostgreSQL through PgBouncer.
# Ends with one line "N passed, N failed" summing every suite; exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export AUTH_SECRET="${AUTH_SECRET:-test-only-secret-0123456789abcdef0123}"
export AUTH_TRUST_HOST=true
export PGPORT="${TEST_PGPORT:-54329}"
export PGDIR="$(mktemp -d /tmp/accord-test-pg.XXXXXX)"
chmod 755 "$PGDIR"
passed=0; failed=0; failures=()
out=".ci-results"; rm -rf "$out"; mkdir -p "$out"

t() { local s=$SECONDS; "$@"; local rc=$?; echo "⏱  $((SECONDS - s)) s: $*"; return $rc; }
check() { # a single pass/fail check
  local name="$1"; shift
  echo "━━ $name"
  if t "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}
count_vitest() { # adds a vitest JSON report's counts; a missing report counts as one failure
  local name="$1" file="$2" rc="$3"
  if [ -f "$file" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTests===0?1:0))' "$PWD/$file")
    passed=$((passed + p)); failed=$((failed + f))
    { [ "$f" -gt 0 ] || [ "$rc" -ne 0 ]; } && failures+=("$name")
    [ "$f" -eq 0 ] && [ "$rc" -ne 0 ] && failed=$((failed + 1))
  else failed=$((failed + 1)); failures+=("$name (no report)"); fi
}

count_playwright() { # adds a Playwright JSON report's counts; a missing report counts as one failure
  local name="$1" file="$2" rc="$3"
  if [ -f "$file" ]; then
    read -r p f < <(node -e 'const s=require(process.argv[1]).stats;console.log(s.expected+s.flaky, s.unexpected)' "$PWD/$file")
    passed=$((passed + p)); failed=$((failed + f)); { [ "$f" -gt 0 ] || [ "$rc" -ne 0 ]; } && failures+=("$name")
    [ "$f" -eq 0 ] && [ "$rc" -ne 0 ] && failed=$((failed + 1))
  else failed=$((failed + 1)); failures+=("$name (no report)"); fi
}

export BOUNCER_PORT="${TEST_BOUNCER_PORT:-$((PGPORT + 10000))}"
cleanup() {
  BOUNCER_DIR="$PGDIR/bouncer" bash scripts/pgbouncer.sh stop >/dev/null 2>&1
  PGPORT=$PGPORT PGDIR=$PGDIR bash scripts/pg.sh stop >/dev/null 2>&1; rm -rf "$PGDIR"
}
trap cleanup EXIT

check "lint" npx eslint --max-warnings=0 .
check "typecheck" npx tsc --noEmit

echo "━━ unit tests"
t npx vitest run --reporter=default --reporter=json --outputFile="$out/unit.json"; count_vitest "unit tests" "$out/unit.json" $?

echo "━━ PostgreSQL on 127.0.0.1:$PGPORT"
if bash scripts/pg.sh start; then
  export DATABASE_URL="postgresql://postgres@127.0.0.1:$PGPORT/app"
  check "migrations" node scripts/db.mjs deploy
  check "seed" npx tsx prisma/seed.ts
  check "seed is idempotent" npx tsx prisma/seed.ts
  echo "━━ integration tests"
  t npx vitest run -c vitest.int.config.ts --reporter=default --reporter=json --outputFile="$out/int.json"; count_vitest "integration tests" "$out/int.json" $?
  check "backup and restore" bash scripts/backup-restore.sh
  check "build" npx next build
  echo "━━ end-to-end tests"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$out/e2e.json" t npx playwright test --reporter=list,json; count_playwright "e2e" "$out/e2e.json" $?
  echo "━━ scale-out: two app instances through PgBouncer (transaction pooling)"
  if BOUNCER_PORT=$BOUNCER_PORT BOUNCER_DIR="$PGDIR/bouncer" bash scripts/pgbouncer.sh start; then
    SCALE_DATABASE_URL="postgresql://postgres@127.0.0.1:$BOUNCER_PORT/app" PLAYWRIGHT_JSON_OUTPUT_NAME="$out/scale.json" \
      t npx playwright test -c playwright.scale.config.ts --reporter=list,json; count_playwright "scale-out" "$out/scale.json" $?
  else failed=$((failed + 1)); failures+=("PgBouncer did not start"); fi
else
  failed=$((failed + 1)); failures+=("PostgreSQL did not start")
fi

[ ${#failures[@]} -gt 0 ] && echo "Failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# External contract test of the JSON API: starts the packaged server on loopback with a throwaway home, takes the
# OpenAPI document it serves, lints it with Redocly CLI, lets Portman generate requests from it (a contract test per
# operation plus fuzzed variations: required fields dropped, numbers below minimum and above maximum, text over
# maxLength, in the body and the query), sends them with Newman, and judges every exchange against the document
# (scripts/contract/check.mjs): no 5xx, no answer off the documented schema, no schema-valid request refused, no
# request off the schema accepted. Prints the counts; exits non-zero on any finding or lint error.
# Tools, pinned in scripts/contract/package-lock.json: @redocly/cli 2.77.0, @apideck/portman 1.33.0, newman 6.2.2, ajv 8.20.0.
# Needs: node and npm (Node 20.19 or later), and the jar: ./mvnw -B -q -DskipTests package -pl smartpick-app -am.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="$PWD/scripts/contract"
PORT=${SMARTPICK_CONTRACT_PORT:-17072}
JAR=smartpick-app/target/smartpick.jar
[[ -f "$JAR" ]] || { echo "no $JAR: build it with ./mvnw -B -q -DskipTests package -pl smartpick-app -am"; exit 2; }
command -v npm >/dev/null || { echo "npm is needed (Debian: apt-get install nodejs npm)"; exit 2; }
if [[ ! -d "$TOOLS/node_modules" ]] || [[ "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]]; then
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
fi
WORK=$(mktemp -d)
LOG="$WORK/server.log"
# One client sends every request: lift the per-client rate limit so the API, not the limiter, is tested.
SMARTPICK_HOME="$WORK" SMARTPICK_PORT="$PORT" SMARTPICK_RATE_LIMIT_BURST=1000000 SMARTPICK_RATE_LIMIT_PER_MINUTE=1000000 \
  java ${SMARTPICK_SERVER_JAVA_OPTS--XX:+UseSerialGC -Xmx1g} -jar "$JAR" serve >"$LOG" 2>&1 &
SERVER=$!
cleanup() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
BASE="http://127.0.0.1:$PORT"
fetch() { node -e 'fetch(process.argv[1]).then(async r => { process.stdout.write(await r.text()); process.exit(r.ok ? 0 : 1); }).catch(() => process.exit(1))' "$1"; }
for _ in $(seq 1 180); do
  fetch "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { echo "server did not start:"; cat "$LOG"; exit 1; }
  sleep 1
done
fetch "$BASE/health" >/dev/null || { echo "server not healthy after 180 s"; cat "$LOG"; exit 1; }
fetch "$BASE/api/openapi.json" >"$WORK/openapi.json"

BIN="$TOOLS/node_modules/.bin"
echo "== Redocly CLI $(node -p "require('$TOOLS/node_modules/@redocly/cli/package.json').version") lint"
"$BIN/redocly" lint "$WORK/openapi.json" --config "$TOOLS/redocly.yaml" --format=summary 2>&1 | grep -v -e '^\s*$' -e '║' -e '╔' -e '╚'
echo "== Portman $(node -p "require('$TOOLS/node_modules/@apideck/portman/package.json').version") generates, Newman $(node -p "require('$TOOLS/node_modules/newman/package.json').version") sends"
# Portman writes its working files under the current folder: run it in the throwaway one.
(cd "$WORK" && "$BIN/portman" -l "$WORK/openapi.json" -b "$BASE" -c "$TOOLS/portman-config.json" -s "$TOOLS/postman-config.json" \
  --filterFile "$TOOLS/filter.json" -o "$WORK/collection.json" >"$WORK/portman.log" 2>&1) || { cat "$WORK/portman.log"; exit 1; }
# Newman's own verdict counts Portman's expectations (a fuzzed variation expects 400 even when the fuzz left the
# request valid, e.g. it dropped a field the example did not have); check.mjs judges by the document instead.
"$BIN/newman" run "$WORK/collection.json" --reporters json --reporter-json-export "$WORK/newman.json" >"$WORK/newman.log" 2>&1 || true
[[ -s "$WORK/newman.json" ]] || { cat "$WORK/newman.log"; exit 1; }
node -e 'const s = require(process.argv[1]).run.stats; console.log(`newman: ${s.requests.total} requests, ${s.assertions.total} Portman assertions, ${s.assertions.failed} failed`)' "$WORK/newman.json"
node "$TOOLS/check.mjs" "$WORK/openapi.json" "$WORK/newman.json"

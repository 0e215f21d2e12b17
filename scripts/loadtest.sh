#!/usr/bin/env bash
# Load test: starts the packaged server on loopback with a throwaway home, drives POST /api/v1/recommendations with
# the example profiles at fixed rates (stepping up until the goal of 0 errors and p99 <= 100 ms is missed), prints
# the report and stops the server. Bounded: SECONDS per step, at most rate x SECONDS requests per step.
#   scripts/loadtest.sh                 # 60 s at 200 req/s (the issue's goal)
#   scripts/loadtest.sh 10 1,2,5,10,50  # steps of 10 s, to find where it saturates
# Before the first step, not counted: 20 s one request at a time, then 20 s at the first step's rate on the connections
# the step goes on with (JIT warm-up; the step is the last SECONDS of that schedule).
# LOADTEST_JAVA_OPTS=-Dsmartpick.loadtest.p99Ms=N changes the latency gate (CI's smoke run gates on errors only);
#   -Dsmartpick.loadtest.warmupSeconds=N sets each warm-up phase (0 measures from cold);
#   -Dsmartpick.loadtest.warmupPercent=N runs the second warm-up phase at N% of the first step's rate (50 measures a jump);
#   -Dsmartpick.loadtest.timelineSeconds=N sets the stretch of the per-stretch p99 line (default 5 s);
#   -Dsmartpick.loadtest.connections=N sets the sending threads, one keep-alive connection each (default 256).
# LOADTEST_QUERY='?programs=chosen' asks for answers that list only the chosen programs (default: every eligible one).
# SMARTPICK_SERVER_JAVA_OPTS passes JVM options to the server; default: the 2-core settings of docs/deploy.md.
# Needs: ./mvnw -B -q -pl smartpick-bench -am package -DskipTests (builds smartpick.jar and benchmarks.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_STEP=${1:-60}
RATES=${2:-200}
PORT=${SMARTPICK_LOADTEST_PORT:-17071}
HOME_DIR=$(mktemp -d)
LOG="$HOME_DIR/server.log"
# The per-client rate limiter would answer 429 to a single load generator: lift it so the engine is measured.
SMARTPICK_HOME="$HOME_DIR" SMARTPICK_PORT="$PORT" SMARTPICK_RATE_LIMIT_BURST=1000000 SMARTPICK_RATE_LIMIT_PER_MINUTE=1000000 java ${SMARTPICK_SERVER_JAVA_OPTS--XX:+UseSerialGC -Xms2g -Xmx2g} -jar smartpick-app/target/smartpick.jar serve >"$LOG" 2>&1 &
SERVER=$!
cleanup() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$HOME_DIR"; }
trap cleanup EXIT
# /health answers 200 once the database and catalog are ready (plain bash: CI has no curl).
healthy() { { exec 3<>"/dev/tcp/127.0.0.1/$PORT" && printf 'GET /health HTTP/1.0\r\n\r\n' >&3 && head -1 <&3 | grep -q ' 200'; } 2>/dev/null; }
for _ in $(seq 1 120); do
  healthy && break
  kill -0 "$SERVER" 2>/dev/null || { echo "server did not start:"; cat "$LOG"; exit 1; }
  sleep 1
done
healthy || { echo "server not healthy after 120 s"; cat "$LOG"; exit 1; }
echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/{print $2}') memory; $(date -u +%Y-%m-%dT%H:%MZ)"
java -Dsmartpick.loadtest.serverPid="$SERVER" -Dsmartpick.loadtest.clockTicks="$(getconf CLK_TCK)" ${LOADTEST_JAVA_OPTS:-} -cp smartpick-bench/target/benchmarks.jar org.smartpick.bench.LoadTest \
  "http://127.0.0.1:$PORT/api/v1/recommendations${LOADTEST_QUERY:-}" "$SECONDS_PER_STEP" "$RATES" examples

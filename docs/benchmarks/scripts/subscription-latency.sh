#!/usr/bin/env bash
# Time from recording a tracking event to its returnUpdates message, on the running demo (README's run
# command, :8080): Acme subscribes to ACME-2026-0006's updates over /graphql-ws; the carrier records events
# one at a time on the bag holding that return's parcel (SUBJECT, a unit of the carrier's load
# MAD-RTM-2026-W49), so each reaches the subscriber through containment, by Redis and a fresh read under
# Acme's row-level security.
# First a warm-up of WARMUP_S (70) seconds of batch ingest on the same load (tracking-ingest.lua), then the
# probe (SubscriptionLatencyProbe, from the test classes) with nothing else running, then again while
# wrk keeps ingesting batches of BUSY_BATCH (100) events on 2 connections.
# Usage: subscription-latency.sh [COUNT=500]   Needs: wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")"
count=${1:-500}
warm=${WARMUP_S:-70}
root=$(cd ../../.. && pwd)
token() { curl -fsS -d grant_type=password -d client_id=homeward-cli -d username="$1" -d password=homeward \
  http://localhost:8180/realms/homeward/protocol/openid-connect/token |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'; }
load=TG9hZDpmMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDI                       # Load MAD-RTM-2026-W49
bag=SGFuZGxpbmdVbml0OmYxMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMw            # HandlingUnit, the bag
subject=${SUBJECT:-$bag}
ret=$(printf 'ReturnOrder:22222222-0000-4000-8000-000000000006' | base64 -w0 | tr '+/' '-_' | tr -d '=') # ACME-2026-0006
cp_file=$(mktemp)
# The reactor resolves the local-services module to its classes only in a build that compiles it.
(cd "$root" && ./mvnw -q -B -ntp -pl platform-api -am -Djacoco.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null)
cp="$root/platform-api/target/test-classes:$root/platform-api/target/classes:$(cat "$cp_file")"
java=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -n 1)}
probe() { "$java" -cp "$cp" io.homeward.platform.tracking.SubscriptionLatencyProbe http://localhost:8080 \
  "$(token acme)" "$(token carrier)" "$ret" "$subject" "$count" 50; }
TOKEN=$(token carrier) LOAD_ID=$load BATCH=500 RUN=warm wrk -t2 -c4 -d"${warm}s" -s tracking-ingest.lua \
  http://localhost:8080/graphql >/dev/null
echo "## idle"
probe
echo "## while ingesting batches of ${BUSY_BATCH:-100} on 2 connections"
TOKEN=$(token carrier) LOAD_ID=$load BATCH=${BUSY_BATCH:-100} RUN=busy wrk -t1 -c2 -d600s -s tracking-ingest.lua \
  http://localhost:8080/graphql >/dev/null &
busy=$!
sleep 5
probe
kill "$busy"
rm -f "$cp_file"

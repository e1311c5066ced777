#!/usr/bin/env bash
# Load benchmark of the running demo (./mvnw -Pdemo): warm-up, then a fixed 30 s run per document with
# 16 connections on 2 threads. Prints wrk's latency distribution, the GraphQL error count and the
# service's CPU milliseconds per request (from /proc, utime + stime of the Java process).
set -euo pipefail
cd "$(dirname "$0")"
TOKEN=$(curl -s -d grant_type=password -d client_id=homeward-cli -d username=acme -d password=homeward \
  http://localhost:8180/realms/homeward/protocol/openid-connect/token | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
export TOKEN
pid=$(pgrep -f LocalHomewardApplication | head -1)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
for doc in viewer returns-items returns; do
  QUERY_FILE=$doc.json wrk -t2 -c16 -d20s -s graphql.lua http://localhost:8080/graphql > /dev/null
  before=$(ticks)
  out=$(QUERY_FILE=$doc.json wrk -t2 -c16 -d30s --latency -s graphql.lua http://localhost:8080/graphql)
  after=$(ticks)
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
  echo "== $doc"
  echo "$out"
  awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" \
    'BEGIN { printf "service CPU per request: %.2f ms\n", t * 1000 / hz / n }'
done

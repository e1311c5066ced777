#!/usr/bin/env bash
# Quote latency and throughput with the rate card cache hitting, missing and with Redis down, against
# the running demo (./mvnw -Pdemo; Redis on 6380). Same load shape as run.sh: 20 s warm-up, then 30 s
# at 16 connections. Misses are forced by a loop deleting the lanes' active-version pointers; Redis down
# is the demo's redis-server killed (the last run: restart the demo afterwards).
set -euo pipefail
cd "$(dirname "$0")"
TOKEN=$(curl -s -d grant_type=password -d client_id=homeward-cli -d username=globex -d password=homeward \
  http://localhost:8180/realms/homeward/protocol/openid-connect/token | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
export TOKEN QUERY_FILE=quote.json
pid=$(pgrep -f LocalHomewardApplication | head -1)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
measure() {
  local before after out requests
  before=$(ticks)
  out=$(wrk -t2 -c16 -d30s --latency -s graphql.lua http://localhost:8080/graphql)
  after=$(ticks)
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
  echo "== $1"
  grep -E 'Latency|50%|99%|Requests/sec|errors' <<<"$out"
  awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" \
    'BEGIN { printf "service CPU per request: %.2f ms\n", t * 1000 / hz / n }'
}
evict_forever() {
  exec 3<>/dev/tcp/127.0.0.1/6380
  while true; do
    printf 'DEL hw:ratecard:b0000000-0000-4000-8000-000000000001:active hw:ratecard:b0000000-0000-4000-8000-000000000002:active\r\n' >&3
    read -r -t 1 -u 3 _ || true
  done
}
wrk -t2 -c16 -d20s -s graphql.lua http://localhost:8080/graphql > /dev/null
measure "cache hit"
evict_forever & evictor=$!
measure "cache miss (pointers deleted continuously)"
kill $evictor
pkill -f 'redis-server.*6380'
sleep 1
measure "Redis down"

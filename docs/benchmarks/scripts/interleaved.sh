#!/usr/bin/env bash
# Interleaved rounds on one warm JVM: Homeward, then PostGraphile, then Homeward again..., the same document,
# 30 s each, so that the machine's drift (the peer's own figures moved by a third between runs of a day)
# falls on both alike. Prints requests/s, latency percentiles (graphql.lua), CPU per request of each
# server process from /proc, and GraphQL errors + non-200 answers.
# Usage, with the platform (./mvnw -Pdemo) and the peer (../shared/bench/run-peer.sh) running:
#   interleaved.sh DOC [ROUNDS]   runs DOC.json against :8080 and peer/DOC.json against :5678
set -eu
cd "$(dirname "$0")"
out=$(mktemp); hz=$(getconf CLK_TCK)
doc=$1; rounds=${2:-3}; d=${DURATION_S:-30}
tok() { curl -fsS -d grant_type=password -d client_id=homeward-cli -d username=acme -d password=homeward http://localhost:8180/realms/homeward/protocol/openid-connect/token | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'; }
hw=$(ss -ltnpH 'sport = :8080' | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1); pg=$(ss -ltnpH 'sport = :5678' | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
one() { # name url file pid
  local t=$(tok); local a=$(awk '{print $14+$15}' /proc/$4/stat)
  TOKEN=$t QUERY_FILE=$3 wrk -t2 -c16 -d"${d}s" -s graphql.lua $2 > "$out"
  local b=$(awk '{print $14+$15}' /proc/$4/stat); local n=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$out")
  printf "%-12s %6.0f req/s  p50 %5s  p90 %5s  p99 %5s  p99.9 %5s  cpu/req %.2f ms  bad %s\n" $1 \
    $(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$out") $(awk '$1=="p50"{print $2}' "$out") $(awk '$1=="p90"{print $2}' "$out") \
    $(awk '$1=="p99"{print $2}' "$out") $(awk '$1=="p99.9"{print $2}' "$out") $(echo "($b - $a) * 1000 / $hz / $n" | bc -l) "$(sed -n 's/^GraphQL errors: \([0-9]*\), non-200 responses: \([0-9]*\)/\1+\2/p' "$out")"
}
for r in $(seq 1 $rounds); do
  one homeward http://localhost:8080/graphql $doc.json $hw
  one postgraphile http://localhost:5678/graphql peer/$doc.json $pg
done

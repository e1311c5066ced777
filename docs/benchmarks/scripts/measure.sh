#!/usr/bin/env bash
# Loads the running platform (README's run command, on :8080) with each GraphQL document given, one after
# the other: a warm-up, then a measured run, with wrk from Debian's packages (apt-get install -y wrk) and
# graphql.lua. Prints one Markdown row per document: requests/s, p50, p99, GraphQL errors + non-200
# answers, and the CPU milliseconds per request of the service's process (utime + stime from /proc).
# Usage: measure.sh LABEL DOC.json...   Env: WARMUP_S (60), DURATION_S (30), CONNECTIONS (16), HW_PID, BENCH_USER
set -euo pipefail
cd "$(dirname "$0")"
label=$1; shift
warm=${WARMUP_S:-60}; d=${DURATION_S:-30}; c=${CONNECTIONS:-16}
token() { curl -fsS -d grant_type=password -d client_id=homeward-cli -d username="${BENCH_USER:-acme}" \
  -d password=homeward http://localhost:8180/realms/homeward/protocol/openid-connect/token |
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'; }
pid=${HW_PID:-$(ss -ltnpH 'sport = :8080' | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)}
hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
for doc in "$@"; do
  t=$(token)   # tokens live five minutes in the development realm: one per document
  TOKEN=$t QUERY_FILE=$doc wrk -t2 -c"$c" -d"${warm}s" -s graphql.lua http://localhost:8080/graphql >/dev/null
  before=$(ticks)
  out=$(TOKEN=$t QUERY_FILE=$doc wrk -t2 -c"$c" -d"${d}s" --latency -s graphql.lua http://localhost:8080/graphql)
  after=$(ticks)
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out"); p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(sed -n 's/^GraphQL errors: \([0-9]*\), non-200 responses: \([0-9]*\).*/\1+\2/p' <<<"$out")
  awk -v l="$label" -v doc="${doc%.json}" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v e="$errors" \
    -v t=$((after - before)) -v hz="$hz" -v r="$requests" \
    'BEGIN { printf "| %s | %s | %.0f | %s | %s | %s | %.2f ms |\n", l, doc, rps, p50, p99, e, t * 1000 / hz / r }'
done

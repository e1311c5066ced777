#!/usr/bin/env bash
# Soak: MINUTES (20) back-to-back one-minute runs of one document at about half the platform's capacity
# (CONNECTIONS=8 connections, each pausing DELAY_MS=8 ms between requests), printing after each minute the
# requests/s, p50, p99 and bad answers, and the platform's heap in use (jstat: survivors, eden and old
# generation, MiB), old generation alone, resident memory, threads, and the application role's PostgreSQL
# connections. A leak shows as a column that climbs minute after minute.
# Usage (platform from ./mvnw -Pdemo on :8080, its PostgreSQL on :5433; apt-get install -y wrk):
#   docs/benchmarks/scripts/soak.sh docs/benchmarks/scripts/returns-items.json
set -eu
query=$(realpath "$1"); cd "$(dirname "$0")"; minutes=${MINUTES:-20}; c=${CONNECTIONS:-8}; pause=${DELAY_MS:-8}
pid=${HW_PID:-$(ss -ltnpH 'sport = :8080' | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)}
tok() { curl -fsS -d grant_type=password -d client_id=homeward-cli -d username=${BENCH_USER:-acme} -d password=homeward \
  http://localhost:8180/realms/homeward/protocol/openid-connect/token | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])'; }
printf '%-6s %8s %8s %8s %5s %9s %9s %8s %7s %5s\n' minute req/s p50_ms p99_ms bad heap_MiB old_MiB rss_MiB threads conns
for m in $(seq 1 "$minutes"); do
  out=$(TOKEN=$(tok) QUERY_FILE=$query DELAY_MS=$pause wrk -t2 -c"$c" -d60s --latency -s graphql.lua http://localhost:8080/graphql)
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<<"$out")
  p50=$(sed -n 's/^p50 \([0-9.]*\) ms/\1/p' <<<"$out"); p99=$(sed -n 's/^p99 \([0-9.]*\) ms/\1/p' <<<"$out")
  bad=$(sed -n 's/^GraphQL errors: \([0-9]*\), non-200 responses: \([0-9]*\)/\1 \2/p' <<<"$out" | awk '{print $1 + $2}')
  read -r heap old < <(jstat -gc "$pid" | awk 'NR == 2 {printf "%.0f %.0f\n", ($3 + $4 + $6 + $8) / 1024, $8 / 1024}')
  rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  threads=$(ls "/proc/$pid/task" | wc -l)
  conns=$(PGPASSWORD=${PGPASSWORD:-homeward-app-local} psql -h 127.0.0.1 -p 5433 -U homeward_app -d homeward -Atc \
    "select count(*) from pg_stat_activity where usename = 'homeward_app' and backend_type = 'client backend'")
  printf '%-6s %8.0f %8s %8s %5s %9s %9s %8s %7s %5s\n' "$m" "$rps" "$p50" "$p99" "$bad" "$heap" "$old" "$rss" "$threads" "$conns"
done

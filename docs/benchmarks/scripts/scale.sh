#!/usr/bin/env bash
# Scale benchmark: does a page cost the same whatever the tenant's size? Grows Acme's returns to each size
# in turn (scale-returns.sql, rows inserted directly, all older than the demo's) and loads the running
# platform (README's run command) with three pages of `returns` with items: the first page, a page from
# the middle (its `after` cursor read from the database) and a page filtered by a rare status. wrk from
# Debian's packages (apt-get install -y wrk), psql for the inserts. Assumes the JVM was warmed up already
# (side-by-side.sh does that); each document gets a short warm-up of its own.
# Usage: scale.sh [sizes...]   (default 1000 100000 1000000)   Env: WARMUP_S (10), DURATION_S (20)
set -euo pipefail
cd "$(dirname "$0")"
sizes=("${@:-1000 100000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
warm=${WARMUP_S:-10}; d=${DURATION_S:-20}
OWNER_URL=${OWNER_URL:-postgresql://homeward_owner:homeward-owner-local@127.0.0.1:5433/homeward}
ACME=22222222-2222-4222-8222-222222222222
token() { curl -fsS -d grant_type=password -d client_id=homeward-cli -d username=acme -d password=homeward \
  http://localhost:8180/realms/homeward/protocol/openid-connect/token | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'; }
pid=${HW_PID:-$(ss -ltnpH 'sport = :8080' | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)}
hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
owner_sql() { psql -qAt "$OWNER_URL" -c "begin" -c "select set_config('app.org_id', '$ACME', true)" -c "$1" -c "commit" | sed -n 2p; }
load() { # name body-file
  local t; t=$(token)
  TOKEN=$t QUERY_FILE=$2 wrk -t2 -c16 -d"${warm}s" -s graphql.lua http://localhost:8080/graphql >/dev/null
  local before after out
  before=$(ticks)
  out=$(TOKEN=$t QUERY_FILE=$2 wrk -t2 -c16 -d"${d}s" --latency -s graphql.lua http://localhost:8080/graphql)
  after=$(ticks)
  local requests rps p50 p99 errors
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out"); p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(sed -n 's/^GraphQL errors: \([0-9]*\), non-200 responses: \([0-9]*\).*/\1+\2/p' <<<"$out")
  awk -v n="$1" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v e="$errors" -v t=$((after - before)) -v hz="$hz" \
    -v r="$requests" 'BEGIN { printf "| %s | %.0f | %s | %s | %s | %.2f ms |\n", n, rps, p50, p99, e, t * 1000 / hz / r }'
}
tmp=$(mktemp -d)
echo '{"query":"{ returns(first: 20) { edges { node { rmaNumber status items { sku quantity } } } } }"}' >"$tmp/first.json"
echo '{"query":"{ returns(first: 20, filter: {status: [DECLINED]}) { edges { node { rmaNumber status items { sku quantity } } } } }"}' >"$tmp/filtered.json"
echo "| returns of acme | page | req/s | p50 | p99 | errors (GraphQL+HTTP) | CPU/request |"
echo "|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  psql -q "$OWNER_URL" -v n="$n" -f scale-returns.sql >/dev/null
  total=$(owner_sql "select count(*) from return_order where shipper_id = '$ACME'")
  # The cursor of the row in the middle of Acme's list, as the API encodes it: base64 of K_ and the
  # keyset {"connection":"returns","createdAt":…,"id":…}.
  key=$(owner_sql "select '\"createdAt\":\"' || to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')
    || '\",\"id\":\"' || id || '\"'
    from return_order where shipper_id = '$ACME' order by created_at desc, id desc offset $((total / 2)) limit 1")
  cursor=$(printf 'K_{"connection":"returns",%s}' "$key" | base64 -w0)
  printf '{"query":"query($after: String) { returns(first: 20, after: $after) { edges { node { rmaNumber status items { sku quantity } } } } }","variables":{"after":"%s"}}\n' \
    "$cursor" >"$tmp/deep.json"
  for page in first deep filtered; do
    load "$total | $page" "$tmp/$page.json"
  done
done

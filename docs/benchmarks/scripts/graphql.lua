-- wrk script: POST one GraphQL document with a bearer token and count responses carrying "errors"
-- (GraphQL errors come back with HTTP 200), then print the latency distribution to p99.9 as well, to tell a
-- tail from a shift. Usage:
--   TOKEN=... QUERY_FILE=returns.json wrk -t2 -c16 -d30s --latency -s graphql.lua http://localhost:8080/graphql
local token = os.getenv("TOKEN")
local file = io.open(os.getenv("QUERY_FILE"), "r")
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

-- DELAY_MS (optional): each connection pauses this long between requests, to load the platform below its
-- capacity (soak.sh runs at about half of it).
local pause = tonumber(os.getenv("DELAY_MS") or "0")
if pause > 0 then
  function delay()
    return pause
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  graphql_errors = 0
  non_200 = 0
end

function response(status, headers, body)
  if status ~= 200 then
    non_200 = non_200 + 1
  elseif string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  for _, p in ipairs({50, 75, 90, 95, 98, 99, 99.5, 99.9}) do io.write(string.format("p%s %.1f ms\n", p, latency:percentile(p) / 1000)) end
  io.write(string.format("max %.1f ms mean %.1f sd %.1f\n", latency.max / 1000, latency.mean / 1000, latency.stdev / 1000))
  local errors, bad = 0, 0
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("graphql_errors")
    bad = bad + thread:get("non_200")
  end
  io.write(string.format("GraphQL errors: %d, non-200 responses: %d\n", errors, bad))
end

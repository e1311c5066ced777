-- wrk script: trackingEventsRecord in batches, every event new (a client event id of the thread, the
-- request and the event), all on one load the token's carrier carries; counts batches answered with a
-- refused event or an error, and prints the latency distribution. Events per second are the requests per
-- second times BATCH. Usage (the demo's W49 load, as the carrier):
--   TOKEN=... LOAD_ID=TG9hZDpm... BATCH=500 wrk -t2 -c4 -d30s --latency -s tracking-ingest.lua http://localhost:8080/graphql
local token = os.getenv("TOKEN")
local load = os.getenv("LOAD_ID")
local batch = tonumber(os.getenv("BATCH") or "500")
local run = os.getenv("RUN") or tostring(os.time())

local document = "mutation($input: TrackingEventsRecordInput!) { trackingEventsRecord(input: $input) "
  .. "{ results { status } userErrors { code } } }"

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  requests_made = 0
  refused = 0
  non_200 = 0
end

function request()
  requests_made = requests_made + 1
  local events = {}
  for i = 1, batch do
    events[i] = string.format('{"clientEventId":"bench-%s-%d-%d-%d","subjectId":"%s","bizStep":"SHIPPING",'
      .. '"disposition":"IN_TRANSIT","eventTime":"2026-12-01T22:00:00+01:00","latitude":41.0,"longitude":-1.0,'
      .. '"temperatureC":7.5}', run, id, requests_made, i, load)
  end
  local body = '{"query":"' .. document .. '","variables":{"input":{"events":[' .. table.concat(events, ",") .. ']}}}'
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status ~= 200 then
    non_200 = non_200 + 1
  elseif string.find(body, '"errors"', 1, true) or string.find(body, 'REFUSED', 1, true)
      or string.find(body, 'REPLAYED', 1, true) then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  for _, p in ipairs({50, 90, 99, 99.9}) do io.write(string.format("p%s %.1f ms\n", p, latency:percentile(p) / 1000)) end
  local bad, other = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("refused")
    other = other + thread:get("non_200")
  end
  io.write(string.format("batches %d, events %d, events/s %.0f, batches with a refused/replayed event or errors %d, non-200 %d\n",
    summary.requests, summary.requests * batch, summary.requests * batch / (summary.duration / 1e6), bad, other))
end

-- wrk script: posts pre-signed Slack events to /slack/events, each connection pausing between requests so that
-- connections x 1000 / (pause + latency) gives the target rate (10 connections x 48 ms + ~1 ms latency = ~200 events/s).
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  events = dofile(args[1])
  stride = tonumber(args[2])
  pause = tonumber(args[3])
  next_event = id
end

function request()
  local e = events[(next_event % #events) + 1]
  next_event = next_event + stride
  return wrk.format("POST", "/slack/events", {
    ["Content-Type"] = "application/json",
    ["X-Slack-Request-Timestamp"] = e.ts,
    ["X-Slack-Signature"] = e.sig,
  }, e.body)
end

function delay()
  return pause
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, errors %d\n", summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("ack latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("ack latency max: %.2f ms\n", latency.max / 1000))
end

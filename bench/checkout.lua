-- wrk script: POST /orders with a fresh Idempotency-Key, customer and email per request, one SKU, and one of
-- 10,000 German test cards (tok_visa_de_<last four>): a shop's traffic pays with many cards, not one, and a card
-- issued where the order ships is what most real orders look like to the fraud rules.
-- The SKU comes from the environment (BENCH_SKU, default BENCH-001); ./suite bench creates it with ample stock.
-- Statuses are counted per thread and summed in done(), so an overload's 503s are told apart from errors.
local sku = os.getenv("BENCH_SKU") or "BENCH-001"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  math.randomseed(os.time() * 1000 + id)
  prefix = string.format("%08x-%04x-4%03x", math.random(0, 0x7fffffff), id, math.random(0, 0xfff))
end

local function uuid()
  counter = counter + 1
  return string.format("%s-8%03x-%012x", prefix, math.random(0, 0xfff), counter)
end

function request()
  local key = uuid()
  local body = string.format([[{"customer":{"id":"bench-%s","email":"bench-%s@example.com","name":"Bench Client"},]]
      .. [["lines":[{"sku":"%s","quantity":1}],]]
      .. [["shippingAddress":{"line1":"1 Main St","city":"Berlin","postalCode":"10115","country":"DE"},]]
      .. [["payment":{"token":"tok_visa_de_%04d"}}]], key, key, sku, math.random(0, 9999))
  return wrk.format("POST", "/orders",
      {["Content-Type"] = "application/json", ["Idempotency-Key"] = key}, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for status, n in pairs(counts) do
      totals[status] = (totals[status] or 0) + n
    end
  end
  local line = {}
  for status, n in pairs(totals) do
    table.insert(line, status .. "=" .. n)
  end
  table.sort(line)
  io.write(string.format("RESULT requests=%d seconds=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f "
      .. "socket_errors=%d timeouts=%d statuses=%s\n",
      summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
      latency:percentile(99) / 1e3, latency.max / 1e3,
      summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout,
      table.concat(line, ",")))
end

-- POST /api/v1/tasks as the Office: a random lead and coordinating unit of the demo organisation, a deadline in 2027
-- (or in 2025 with PAST=1: tasks entered late, overdue at once), an Idempotency-Key per request unless KEYS=0.
-- done() prints one parseable RESULT line (latency in ms; non2xx counts answers that were not 2xx).
local units = { "VP", "PC", "KHTC", "KHCN", "TCCB", "HTQT", "TDKT", "CNTT", "BC", "QLDN", "TTRA", "CDSQG", "ATTT",
  "NCSC", "CBC", "PTTH", "XBIPH", "TTCS", "TTDN", "CVT", "CTS", "BDTW", "NEAC", "VCL", "TTTT", "HV" }
local year = os.getenv("PAST") == "1" and 2025 or 2027
local keys = os.getenv("KEYS") ~= "0"
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json",
  ["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "") }
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 7919 + id)
  non2xx = 0
  tag = string.format("%d-%d", os.time(), id)
end

function request()
  counter = counter + 1
  local lead = units[math.random(#units)]
  local other = units[math.random(#units)]
  local coordinating = other == lead and "" or string.format('{"code":"%s"}', other)
  local body = string.format(
    '{"title":"Nhiệm vụ đo tải tạo qua API","description":"Giao qua API trong phép đo.",'
      .. '"leadUnit":{"code":"%s"},"coordinatingUnits":[%s],"deadline":"%d-%02d-%02d"}',
    lead, coordinating, year, math.random(1, 12), math.random(1, 28))
  if keys then
    headers["Idempotency-Key"] = "bench-" .. tag .. "-" .. counter
  end
  return wrk.format("POST", "/api/v1/tasks", headers, body)
end

function response(status, hdrs, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non2xx") or 0)
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f requests=%d non2xx=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, bad, errors))
end

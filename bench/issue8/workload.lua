-- One wrk script for every workload of bench/issue8.sh, chosen by environment variables:
--   MODE=get     GET /api/v1/tasks/{random id in FIRST_ID..LAST_ID}
--   MODE=create  POST /api/v1/tasks with a random lead unit among B0001..B{UNITS}
--   MODE=path    GET URL_PATH (counts, dashboard, export)
-- TOKEN is a personal API token (Bearer). done() prints one parseable RESULT line (latency in ms).
local mode = os.getenv("MODE") or "get"
local first = tonumber(os.getenv("FIRST_ID") or "1")
local last = tonumber(os.getenv("LAST_ID") or "1")
local units = tonumber(os.getenv("UNITS") or "1")
local path = os.getenv("URL_PATH") or "/api/v1/tasks"

wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
wrk.headers["Accept"] = "application/json"

-- wrk.format replaces (does not merge) wrk.headers when given headers: POSTs carry both.
local post_headers = { ["Content-Type"] = "application/json" }
for k, v in pairs(wrk.headers) do post_headers[k] = v end

local threads = {}

function setup(thread)
  thread:set("seed", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 7919 + seed)
end

local function unit()
  return string.format("B%04d", math.random(1, units))
end

function request()
  if mode == "get" then
    return wrk.format("GET", "/api/v1/tasks/" .. math.random(first, last))
  elseif mode == "create" then
    local lead = unit()
    local other = unit()
    local coordinating = other == lead and "" or string.format('{"code":"%s"}', other)
    local body = string.format(
      '{"title":"Nhiệm vụ đo tải tạo qua API","description":"Giao qua API trong phép đo.",'
        .. '"leadUnit":{"code":"%s"},"coordinatingUnits":[%s],"deadline":"2027-%02d-%02d"}',
      lead, coordinating, math.random(1, 12), math.random(1, 28))
    return wrk.format("POST", "/api/v1/tasks", post_headers, body)
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, errors))
end

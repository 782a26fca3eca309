-- Load for one operation, driven by benchmarks/harness/wrk.py.
--
-- Arguments (after `--` on wrk's command line):
--   method, path, body ("" for none), ids_file ("" for none), nonce, then "Name: value" headers.
-- Placeholders filled per request:
--   {unique}  unique across the whole run (nonce-thread-counter): creates never collide on
--             unique fields, and each POST carries a fresh Idempotency-Key as the official SDK's do.
--   {id}      the next id from ids_file; threads start at different offsets.
-- done() prints one line of JSON, so the harness never parses wrk's human output.

local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
end

-- Requests are formatted once in init: one per id, each split into the pieces between
-- its {unique} placeholders. Unique values have a fixed width, so Content-Length holds,
-- and request() only joins pieces: a wrk thread then keeps up with the bare app.
local nonce
local requests_by_id = {}  -- each entry: list of pieces to join with the unique value
local counter = 0

local function split_plain(text, sep)
  local pieces, start = {}, 1
  while true do
    local i, j = text:find(sep, start, true)
    if not i then
      pieces[#pieces + 1] = text:sub(start)
      return pieces
    end
    pieces[#pieces + 1] = text:sub(start, i - 1)
    start = j + 1
  end
end

local function unique_value(n)
  return string.format("%s-%02d-%010d", nonce, tid or 1, n)
end

local function fill(text, sentinel, id)
  text = text:gsub("{unique}", sentinel)
  return (text:gsub("{id}", id or ""))
end

function init(args)
  local method, path, body, ids_file = args[1], args[2], args[3], args[4]
  nonce = args[5]
  local sentinel = string.rep("~", #unique_value(0))
  local ids = {}
  if ids_file ~= "" then
    for line in io.lines(ids_file) do
      ids[#ids + 1] = line
    end
  end
  if #ids == 0 then
    ids[1] = false
  end
  for _, id in ipairs(ids) do
    local headers = {}
    for i = 6, #args do
      local name, value = args[i]:match("^([^:]+):%s*(.*)$")
      headers[name] = fill(value, sentinel, id or nil)
    end
    local b = nil
    if body ~= "" then
      b = fill(body, sentinel, id or nil)
    end
    local formatted = wrk.format(method, fill(path, sentinel, id or nil), headers, b)
    requests_by_id[#requests_by_id + 1] = split_plain(formatted, sentinel)
  end
  counter = ((tid or 1) - 1) * 7919  -- spread threads over the ids
end

function request()
  counter = counter + 1
  local pieces = requests_by_id[counter % #requests_by_id + 1]
  if #pieces == 1 then
    return pieces[1]
  end
  return table.concat(pieces, unique_value(counter))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%.0f,"duration_us":%.0f,"p50_us":%.0f,"p99_us":%.0f,' ..
    '"status_errors":%.0f,"socket_errors":%.0f}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end

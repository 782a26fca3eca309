-- Seeding through HTTP, the fallback until a faster seed path exists (see scale.py).
-- Each thread POSTs until it has `quota` successful creates, writing every created id to
-- its own file (ids_prefix .. tid), then stops and leaves ids_prefix .. tid .. ".done".
-- wrk itself waits out its whole duration even when every thread has stopped, so the
-- harness watches for the .done files and interrupts it; the duration is only a bound.
--
-- Arguments: path, body, nonce, quota per thread, ids_prefix, then "Name: value" headers.
-- {unique} in body or headers is filled per request, as in bench.lua.

local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
end

local path, body, nonce, quota, out, done_path
local headers = {}
local sent, created, failed = 0, 0, 0
local finished = false

function init(args)
  path, body, nonce, quota = args[1], args[2], args[3], tonumber(args[4])
  out = assert(io.open(args[5] .. tid, "w"))
  done_path = args[5] .. tid .. ".done"
  for i = 6, #args do
    local name, value = args[i]:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
end

local function finish()
  finished = true  -- responses already in flight in this loop turn are ignored
  out:close()
  assert(io.open(done_path, "w")):close()
  wrk.thread:stop()
end

function request()
  sent = sent + 1
  local unique = nonce .. "-" .. tid .. "-" .. sent
  local filled = {}
  for name, value in pairs(headers) do
    filled[name] = value:gsub("{unique}", unique)
  end
  return wrk.format("POST", path, filled, (body:gsub("{unique}", unique)))
end

function response(status, hdrs, resp_body)
  if finished then
    return
  end
  if status == 200 then
    created = created + 1
    local id = resp_body:match('"id"%s*:%s*"([^"]+)"')
    if id then
      out:write(id, "\n")
    end
  else
    failed = failed + 1
  end
  -- Stop on quota; also give up if the server refuses more than it accepts.
  if created >= quota or failed > quota then
    finish()
  end
end

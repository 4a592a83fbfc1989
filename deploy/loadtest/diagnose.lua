-- wrk script: POST a real probe-table paste to /api/diagnose (see docs/load-test.md).
--   wrk -t2 -c32 -d20s --latency -s deploy/loadtest/diagnose.lua http://127.0.0.1:8081/api/diagnose
-- The paste is examples/pastes/probe-excluded.txt (run from the repository root), or the file
-- named by the PASTE environment variable.
local path = os.getenv("PASTE") or "examples/pastes/probe-excluded.txt"
local f = assert(io.open(path, "rb"))
local paste = f:read("*a")
f:close()

local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }
local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"paste":' .. json_string(paste) .. '}'

-- Count answers that are not 200 (wrk itself only reports socket errors and non-2xx/3xx).
-- Each wrk thread has its own Lua state: `done` adds up the threads' counters.
not_ok = 0
function response(status, headers, body)
  if status ~= 200 then
    not_ok = not_ok + 1
  end
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do
    n = n + (t:get("not_ok") or 0)
  end
  io.write(string.format("answers other than 200: %d\n", n))
end

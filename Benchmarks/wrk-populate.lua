-- wrk script: one first message each for up to SESSIONS_PER_THREAD new users per thread, to fill the store
-- before a measurement (then the last user repeats, so the count stays bounded).
local limit = tonumber(os.getenv("SESSIONS_PER_THREAD") or "50000")
local counter = 0
local threads = 0
setup = function(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
request = function()
  if counter < limit then counter = counter + 1 end
  local body = '{"user":"pop-' .. tid .. '-' .. counter .. '","text":"a guy is yelling at a woman on my train"}'
  return wrk.format("POST", "/v1/messages", {["Content-Type"] = "application/json"}, body)
end

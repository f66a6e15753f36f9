-- wrk script: real turns on POST /v1/messages, one user per connection-thread counter,
-- cycling through a mix of messages so sessions move between states.
local messages = {
  "hi", "a guy is yelling at a woman on my train", "no", "2", "I'd tell the driver",
  "he has a knife", "continue", "yes", "1", "I'll ask her if she's ok after", "restart",
}
local counter = 0
request = function()
  counter = counter + 1
  local user = "bench-" .. (counter % 500)
  local text = messages[(counter % #messages) + 1]
  local body = '{"user":"' .. user .. '","text":"' .. text .. '"}'
  return wrk.format("POST", "/v1/messages", {["Content-Type"] = "application/json"}, body)
end

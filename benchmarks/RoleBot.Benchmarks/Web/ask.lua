-- wrk script for POST /api/ask (used by scripts/bench-web.sh).
-- Questions rotate through a realistic mix, two per conversation so follow-ups ("any stats on that?")
-- resolve against the question before them. An optional argument stops each thread after that many answers.
local questions = {
  "Who leads incident response?",
  "any stats on that?",
  "Who owns the IT budget?",
  "and the CISO?",
  "What share of CISOs report to the CIO?",
  "Who owns patch management?",
  "We were hit by ransomware, who do I call?",
  "What's the difference between a CIO and a CISO?",
}

local thread_number = 0

function setup(thread)
  thread_number = thread_number + 1
  thread:set("tag", string.format("t%d-%d", thread_number, math.random(1, 1000000000)))
end

local sent = 0
local answered = 0
local limit = 0

function init(args)
  limit = tonumber(args[1] or "0") or 0
end

function request()
  sent = sent + 1
  local question = questions[((sent - 1) % #questions) + 1]
  local body = string.format('{"text":"%s","conversationId":"bench-%s-%d"}', question, tag, math.floor((sent - 1) / 2))
  return wrk.format("POST", "/api/ask", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  answered = answered + 1
  if limit > 0 and answered >= limit then
    wrk.thread:stop()
  end
end

#!/usr/bin/env python3
"""Writes a Lua table of signed app_mention deliveries for ack.lua: unique event ids, signed now (valid for 5 minutes).

Usage: make_events.py SIGNING_SECRET COUNT EVENT_ID_PREFIX > events.lua
"""
import hashlib
import hmac
import json
import sys
import time

QUESTIONS = [
    "who owns incident response?",
    "who does the CISO report to?",
    "any statistics on incident response?",
    "what is the difference between a CIO and a CISO?",
    "who owns data governance?",
]


def main():
    secret, count, prefix = sys.argv[1].encode(), int(sys.argv[2]), sys.argv[3]
    timestamp = str(int(time.time()))
    print("return {")
    for i in range(count):
        ts = f"1700{i:06d}.000100"
        body = json.dumps({
            "token": "legacy", "team_id": "T0LOAD", "api_app_id": "A0ROLEBOT", "type": "event_callback",
            "event_id": f"{prefix}{i:07d}", "event_time": int(timestamp),
            "authorizations": [{"team_id": "T0LOAD", "user_id": "U0ROLEBOT", "is_bot": True}],
            "event": {"type": "app_mention", "user": "U0ASKER", "text": f"<@U0ROLEBOT> {QUESTIONS[i % len(QUESTIONS)]}",
                      "ts": ts, "channel": f"C0LOAD{i % 50:03d}", "event_ts": ts},
        }, separators=(",", ":"))
        signature = "v0=" + hmac.new(secret, f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
        print(f'{{ts="{timestamp}",sig="{signature}",body=[==[{body}]==]}},')
    print("}")


if __name__ == "__main__":
    main()

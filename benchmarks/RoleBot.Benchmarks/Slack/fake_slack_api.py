#!/usr/bin/env python3
"""A stand-in for slack.com/api on loopback for the ack-latency load test: answers every POST {"ok":true} and counts them.

GET /count returns how many chat.postMessage calls arrived, so the load test can check that every acked event was answered.
"""
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

posts = 0
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        global posts
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path.endswith("/chat.postMessage"):
            with lock:
                posts += 1
        self._reply(b'{"ok":true,"ts":"1700000000.000100"}')

    def do_GET(self):
        self._reply(json.dumps({"posts": posts}).encode())

    def _reply(self, body):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    host, port = sys.argv[1].split(":")
    ThreadingHTTPServer((host, int(port)), Handler).serve_forever()

"""Microsoft's side of a Teams load test, on loopback: OpenID metadata, a JWKS with this run's own RSA key, the
Entra token endpoint and a Bot Connector that accepts replies. Mints the Bot Connector token the load uses.

    python3 fake_microsoft.py PORT APP_ID WORKDIR

Writes WORKDIR/token (a valid channel token for the fake connector's serviceUrl) and counts replies in
WORKDIR/replies when it stops. Uses only the standard library and the openssl command.
"""
import base64, http.server, json, os, signal, subprocess, sys, threading, time

port, app_id, workdir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
base = f"http://127.0.0.1:{port}"
key = os.path.join(workdir, "key.pem")
subprocess.run(["openssl", "genrsa", "-out", key, "2048"], check=True, capture_output=True)
modulus = subprocess.run(["openssl", "rsa", "-in", key, "-noout", "-modulus"], check=True, capture_output=True, text=True).stdout.strip().split("=", 1)[1]

def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

jwks = {"keys": [{"kty": "RSA", "use": "sig", "kid": "load-key", "n": b64url(bytes.fromhex(modulus)), "e": "AQAB", "endorsements": ["msteams"]}]}
now = int(time.time())
claims = {"iss": "https://api.botframework.com", "aud": app_id, "serviceurl": f"{base}/connector/", "nbf": now - 60, "exp": now + 3600}
signing_input = b64url(json.dumps({"alg": "RS256", "kid": "load-key", "typ": "JWT"}).encode()) + "." + b64url(json.dumps(claims).encode())
signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=signing_input.encode(), check=True, capture_output=True).stdout
with open(os.path.join(workdir, "token"), "w") as f:
    f.write(signing_input + "." + b64url(signature))

replies = 0
lock = threading.Lock()

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _send(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/openid":
            self._send(200, {"issuer": "https://api.botframework.com", "jwks_uri": f"{base}/keys"})
        elif self.path == "/keys":
            self._send(200, jwks)
        else:
            self._send(404, {})

    def do_POST(self):
        global replies
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/token":
            self._send(200, {"token_type": "Bearer", "expires_in": 3599, "access_token": "load-test-token"})
        elif self.path.startswith("/connector/"):
            with lock:
                replies += 1
            self._send(201, {"id": "1"})
        else:
            self._send(404, {})

    def log_message(self, *args):
        pass

server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
def stop(*_):
    with open(os.path.join(workdir, "replies"), "w") as f:
        f.write(str(replies))
    threading.Thread(target=server.shutdown).start()
signal.signal(signal.SIGTERM, stop)
server.serve_forever()

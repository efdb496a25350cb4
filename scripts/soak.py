#!/usr/bin/env python3
"""The soak-and-fault run behind scripts/soak.sh (which builds RoleBot and starts redis-server first).

Two RoleBot instances share one real redis-server and are each other's peers for Slack claims (ScaleOut:*). For SECONDS it sends a mixed load: web asks with follow-ups
(question on one instance, follow-up on the other), signed Slack app_mention events (every event sent to both
instances), signed /rolebot commands, and Teams activities with tokens from a local issuer. Every 60 s it injects
faults: Redis killed and restarted (odd cycles: frozen with SIGSTOP and thawed), the fake Slack and Teams APIs
answering 429, 500 or hanging, a broken knowledge edit, the learning-log folder removed.

Prints requests sent, answers delivered, answers lost, duplicate answers, 5xx, p50/p99 per endpoint, each instance's
resident memory at start, minute 2, peak and end, the peer claims and failures, and the faults injected. Exits 1 when
answers were lost or duplicated (Redis outages included), or any request got a 5xx. Standard library and the openssl command only.

    soak.py SECONDS DLL REDIS_PORT WORKDIR
"""
import base64, hashlib, hmac, http.client, http.server, json, os, random, shutil, signal, subprocess, sys, threading, time
from concurrent.futures import ThreadPoolExecutor

SECONDS, DLL, REDIS_PORT, WORK = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
SECRET = "soak-signing-secret"
PEER_KEY = "soak-peer-key-" + os.urandom(8).hex()
APP_ID = "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"
QUESTIONS = ["Who leads incident response?", "Who owns patch management?", "Who owns the IT budget?",
             "we were hit by ransomware, who do I call?", "What is the difference between a CIO and a CISO?",
             "Who approves my holiday?"]
lock = threading.Lock()


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# ---- the outside world: fake Slack Web API and fake Microsoft (OpenID, JWKS, token endpoint, Bot Connector) ----
FAKE_PORT = free_port()
FAKE = f"http://127.0.0.1:{FAKE_PORT}"
fault = {"slack": None, "teams": None}  # None, 429, 500 or "hang"
slack_posts = {}   # thread_ts -> answers posted
teams_replies = {}  # activity id -> replies posted
key = os.path.join(WORK, "key.pem")
subprocess.run(["openssl", "genrsa", "-out", key, "2048"], check=True, capture_output=True)
modulus = subprocess.run(["openssl", "rsa", "-in", key, "-noout", "-modulus"], check=True, capture_output=True, text=True).stdout.strip().split("=", 1)[1]
JWKS = {"keys": [{"kty": "RSA", "use": "sig", "kid": "soak", "n": b64url(bytes.fromhex(modulus)), "e": "AQAB", "endorsements": ["msteams"]}]}
now = int(time.time())
claims = {"iss": "https://api.botframework.com", "aud": APP_ID, "serviceurl": f"{FAKE}/connector/", "nbf": now - 60, "exp": now + SECONDS + 3600}
signing_input = b64url(json.dumps({"alg": "RS256", "kid": "soak", "typ": "JWT"}).encode()) + "." + b64url(json.dumps(claims).encode())
TOKEN = signing_input + "." + b64url(subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=signing_input.encode(), check=True, capture_output=True).stdout)


class Fake(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def reply(self, status, body, headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def faulted(self, which):
        mode = fault[which]
        if mode == "hang":
            time.sleep(3)
        elif mode == 429:
            self.reply(429, {"ok": False, "error": "ratelimited"}, [("Retry-After", "1")])
            return True
        elif mode == 500:
            self.reply(500, {"ok": False})
            return True
        return False

    def do_GET(self):
        if self.path == "/openid":
            self.reply(200, {"issuer": "https://api.botframework.com", "jwks_uri": f"{FAKE}/keys"})
        elif self.path == "/keys":
            self.reply(200, JWKS)
        else:
            self.reply(404, {})

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() != "chunked":
            return self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b""
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip(), 16)
            chunk = self.rfile.read(size + 2)[:size]
            if size == 0:
                return body
            body += chunk

    def do_POST(self):
        body = self.read_body()
        if self.path == "/token":
            self.reply(200, {"token_type": "Bearer", "expires_in": 3599, "access_token": "soak-token"})
        elif self.path.startswith("/api/"):
            if self.faulted("slack"):
                return
            if self.path.endswith("chat.postMessage"):
                thread = json.loads(body).get("thread_ts", "?")
                with lock:
                    slack_posts[thread] = slack_posts.get(thread, 0) + 1
            self.reply(200, {"ok": True, "ts": "1700000000.000100"})
        elif self.path.startswith("/connector/"):
            if self.faulted("teams"):
                return
            activity = self.path.rstrip("/").rsplit("/", 1)[-1]
            if json.loads(body).get("type") == "message":
                with lock:
                    teams_replies[activity] = teams_replies.get(activity, 0) + 1
            self.reply(201, {"id": "1"})
        else:
            self.reply(404, {})

    def log_message(self, *args):
        pass


fake_server = http.server.ThreadingHTTPServer(("127.0.0.1", FAKE_PORT), Fake)
fake_server.daemon_threads = True
threading.Thread(target=fake_server.serve_forever, daemon=True).start()

# ---- Redis and the two RoleBot instances ----
redis = {"process": None}


def start_redis():
    redis["process"] = subprocess.Popen(["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.3)


knowledge = os.path.join(WORK, "knowledge")
learning = os.path.join(WORK, "learning")
start_redis()
instances = []
ports = [free_port(), free_port()]
for n, port in enumerate(ports):
    env = dict(os.environ,
               ASPNETCORE_URLS=f"http://127.0.0.1:{port}", DOTNET_ENVIRONMENT="Production", Logging__LogLevel__Default="Warning",
               Redis__Configuration=f"127.0.0.1:{REDIS_PORT}", Redis__InstanceName="soak:",
               Knowledge__Path=knowledge, Knowledge__ReloadDelay="00:00:00.200",
               Learning__DatabasePath=os.path.join(learning, f"instance{n}.db"),
               RateLimiting__PermitLimit="1000000",
               Slack__SigningSecret=SECRET, Slack__BotToken="xoxb-soak", Slack__ApiBaseUrl=f"{FAKE}/api/",
               Slack__ResponseUrlHosts__0="127.0.0.1",
               MicrosoftAppId=APP_ID, MicrosoftAppPassword="soak-password", MicrosoftAppType="MultiTenant",
               Teams__OpenIdMetadataUrl=f"{FAKE}/openid", Teams__TokenEndpoint=f"{FAKE}/token",
               ScaleOut__SelfUrl=f"http://127.0.0.1:{port}", ScaleOut__PeerUrls__0=f"http://127.0.0.1:{ports[1 - n]}", ScaleOut__PeerKey=PEER_KEY)
    log = open(os.path.join(WORK, f"instance{n}.log"), "w")
    process = subprocess.Popen(["dotnet", DLL], env=env, stdout=log, stderr=subprocess.STDOUT)
    instances.append({"port": port, "process": process, "rss": []})

for instance in instances:
    for _ in range(150):
        try:
            c = http.client.HTTPConnection("127.0.0.1", instance["port"], timeout=2)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                break
        except OSError:
            time.sleep(0.2)
    else:
        sys.exit(f"instance on port {instance['port']} did not start; see {WORK}")


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmRSS"))


# ---- the load ----
stats = {}  # endpoint -> {"latencies": [], "status": {code: n}}
local = threading.local()
sent = {"web": 0, "slack_event": 0, "slack_command": 0, "teams": 0}
delivered = {"web": 0, "slack_command": 0}
accepted_events, accepted_activities = set(), set()
followups = {"kept": 0, "lost": 0}
outage = {"redis": False}
events_in_outage = set()


def request(instance, method, path, body=b"", headers=None, endpoint=None):
    connections = getattr(local, "connections", None)
    if connections is None:
        connections = local.connections = {}
    port = instance["port"]
    started = time.perf_counter()
    for attempt in range(2):
        c = connections.get(port)
        if c is None:
            c = connections[port] = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            c.request(method, path, body=body, headers=headers or {})
            response = c.getresponse()
            data = response.read()
            break
        except (OSError, http.client.HTTPException):
            c.close()
            connections.pop(port, None)
            if attempt == 1:
                raise
    elapsed = time.perf_counter() - started
    with lock:
        s = stats.setdefault(endpoint or path, {"latencies": [], "status": {}})
        s["latencies"].append(elapsed)
        s["status"][response.status] = s["status"].get(response.status, 0) + 1
    return response.status, data


def slack_signed(body):
    timestamp = str(int(time.time()))
    signature = "v0=" + hmac.new(SECRET.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature}


def web_conversation(i):
    a, b = instances[i % 2], instances[(i + 1) % 2]
    conversation = f"soak-{i}"
    for instance, text in ((a, "Who leads incident response?"), (b, "any stats on that?")):
        status, data = request(instance, "POST", "/api/ask", json.dumps({"text": text, "conversationId": conversation}).encode(),
                               {"Content-Type": "application/json"}, "POST /api/ask")
        with lock:
            sent["web"] += 1
            if status == 200 and json.loads(data).get("text"):
                delivered["web"] += 1
            if text.startswith("any stats"):
                followups["kept" if status == 200 and json.loads(data).get("intent") == "statistic" else "lost"] += 1


def slack_event(i):
    ts = f"1800{i:06d}.000100"
    body = json.dumps({"token": "legacy", "team_id": "T0SOAK", "api_app_id": "A0ROLEBOT", "type": "event_callback",
                       "event_id": f"Ev0SOAK{i:07d}", "event_time": int(time.time()),
                       "authorizations": [{"team_id": "T0SOAK", "user_id": "U0ROLEBOT", "is_bot": True}],
                       "event": {"type": "app_mention", "user": f"U0ASK{i % 40:03d}", "text": f"<@U0ROLEBOT> {QUESTIONS[i % len(QUESTIONS)]}",
                                 "ts": ts, "channel": f"C0SOAK{i % 20:03d}", "event_ts": ts}}, separators=(",", ":"))
    headers = dict(slack_signed(body), **{"Content-Type": "application/json"})
    with lock:
        if outage["redis"]:
            events_in_outage.add(ts)
    # Both instances get the same event, as a load balancer splitting Slack's copies would.
    statuses = []
    with ThreadPoolExecutor(2) as both:
        for status, _ in both.map(lambda inst: request(inst, "POST", "/slack/events", body.encode(), headers, "POST /slack/events"), instances):
            statuses.append(status)
    with lock:
        sent["slack_event"] += 1
        if 200 in statuses:
            accepted_events.add(ts)


def slack_command(i):
    form = (f"team_id=T0SOAK&channel_id=C0SOAK&user_id=U0CMD{i % 40:03d}&command=%2Frolebot&text=who%20owns%20patching%3F"
            f"&trigger_id=soak.{i}&response_url=http%3A%2F%2F127.0.0.1%3A{FAKE_PORT}%2Fapi%2Fresponse")
    status, data = request(instances[i % 2], "POST", "/slack/commands", form.encode(),
                           dict(slack_signed(form), **{"Content-Type": "application/x-www-form-urlencoded"}), "POST /slack/commands")
    with lock:
        sent["slack_command"] += 1
        if status == 200 and data and b"Owner" in data:
            delivered["slack_command"] += 1


def teams_activity(i):
    activity_id = f"soak{i:08d}"
    body = json.dumps({"type": "message", "id": activity_id, "channelId": "msteams", "serviceUrl": f"{FAKE}/connector/",
                       "from": {"id": f"29:user{i % 40}", "aadObjectId": "87d349ed-44d7-43e1-9a83-5f2406dee5bd"},
                       "recipient": {"id": f"28:{APP_ID}", "name": "RoleBot"},
                       "conversation": {"conversationType": "personal", "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47", "id": f"a:soak{i % 40}"},
                       "text": QUESTIONS[i % len(QUESTIONS)], "locale": "en-US"})
    status, _ = request(instances[i % 2], "POST", "/api/messages", body.encode(),
                        {"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"}, "POST /api/messages")
    with lock:
        sent["teams"] += 1
        if status in (200, 201, 202):
            accepted_activities.add(activity_id)


def ready(instance):
    try:
        c = http.client.HTTPConnection("127.0.0.1", instance["port"], timeout=2)
        c.request("GET", "/readyz")
        return json.loads(c.getresponse().read()).get("status")
    except (OSError, ValueError):
        return None


# ---- faults, every 60 s ----
faults = []


def log_fault(text):
    faults.append(f"{time.time() - start:6.1f}s {text}")


def set_fault(which, mode, seconds):
    fault[which] = mode
    log_fault(f"{which} API answers {mode} for {seconds}s")
    time.sleep(seconds)
    fault[which] = None


def inject(cycle):
    t0 = time.time()

    def at(offset):
        time.sleep(max(0, t0 + offset - time.time()))

    # Copies already in flight when Redis goes count as sent during the outage: one may meet Redis, the other not.
    at(4)
    outage["redis"] = True
    at(5)
    if cycle % 2 == 0:
        redis["process"].kill()
        redis["process"].wait()
        log_fault("redis-server killed (SIGKILL)")
        at(15)
        start_redis()
        log_fault("redis-server restarted")
    else:
        redis["process"].send_signal(signal.SIGSTOP)
        log_fault("redis-server frozen (SIGSTOP)")
        at(15)
        redis["process"].send_signal(signal.SIGCONT)
        log_fault("redis-server thawed (SIGCONT)")
    # The outage ends for the count of duplicates when both instances say ready again.
    while any(ready(instance) != "ready" for instance in instances) and time.time() < t0 + 19:
        time.sleep(0.1)
    outage["redis"] = False
    log_fault("both instances ready again")
    at(20)
    set_fault("slack", 429, 4)
    at(26)
    set_fault("slack", 500, 4)
    at(32)
    set_fault("teams", 500, 4)
    at(38)
    fault["slack"] = fault["teams"] = "hang"
    log_fault("Slack and Teams APIs hang (3 s per call) for 4s")
    time.sleep(4)
    fault["slack"] = fault["teams"] = None
    at(44)
    broken = os.path.join(knowledge, "zz-broken.yml")
    with open(broken, "w") as f:
        f.write("responsibilities:\n  - {id: broken, name: Broken, owner: Nobody}\n")
    log_fault("broken knowledge edit (zz-broken.yml)")
    at(50)
    os.remove(broken)
    log_fault("broken knowledge edit removed")
    at(54)
    shutil.rmtree(learning, ignore_errors=True)
    log_fault("learning-log folder removed")


# ---- run ----
# Warm-up, not counted: the first requests of each kind pay for JIT compilation, which is not what a soak measures.
with ThreadPoolExecutor(4) as warm:
    list(warm.map(web_conversation, range(-200, 0)))
    list(warm.map(slack_command, range(-40, 0)))
    list(warm.map(lambda i: teams_activity(1_000_000 + i), range(40)))
    list(warm.map(lambda i: slack_event(1_000_000 + i), range(40)))
time.sleep(2)
with lock:
    stats.clear()
    sent.update({k: 0 for k in sent})
    delivered.update({k: 0 for k in delivered})
    followups.update({"kept": 0, "lost": 0})

start = time.time()
for instance in instances:
    instance["rss"].append((0, rss_mb(instance["process"].pid)))
stop = start + SECONDS


def driver(kind, per_second, work):
    pool = ThreadPoolExecutor(8)
    i, next_at = 0, time.time()
    while time.time() < stop:
        pool.submit(work, i)
        i += 1
        next_at += 1 / per_second
        time.sleep(max(0, next_at - time.time()))
    pool.shutdown(wait=True)


def sampler():
    while time.time() < stop + 1:
        for instance in instances:
            instance["rss"].append((time.time() - start, rss_mb(instance["process"].pid)))
        time.sleep(1)


def fault_loop():
    cycle = 0
    while time.time() + 60 <= stop + 1:
        inject(cycle)
        cycle += 1
        time.sleep(max(0, start + 60 * cycle - time.time()))


threads = [threading.Thread(target=t, args=a, daemon=True) for t, a in [
    (driver, ("web", 10, web_conversation)), (driver, ("event", 5, slack_event)), (driver, ("command", 2, slack_command)),
    (driver, ("teams", 5, teams_activity)), (sampler, ()), (fault_loop, ())]]
for t in threads:
    t.start()
for t in threads:
    t.join()

# Background answers still being retried get time to land.
deadline = time.time() + 60
while time.time() < deadline:
    with lock:
        missing = len([e for e in accepted_events if e not in slack_posts]) + len([a for a in accepted_activities if a not in teams_replies])
    if missing == 0:
        break
    time.sleep(1)

with lock:
    lost_events = [e for e in accepted_events if e not in slack_posts]
    lost_activities = [a for a in accepted_activities if a not in teams_replies]
    duplicate_events = [e for e, n in slack_posts.items() if n > 1]
    duplicate_activities = [a for a, n in teams_replies.items() if n > 1]
five_xx = {endpoint: sum(n for code, n in s["status"].items() if code >= 500) for endpoint, s in stats.items()}
learning_rows = 0
for n in range(2):
    path = os.path.join(learning, f"instance{n}.db")
    if os.path.exists(path):
        import sqlite3
        with sqlite3.connect(path) as db:
            learning_rows += db.execute("SELECT count(*) FROM learning_events").fetchone()[0]


def metric_lines(instance, names):
    c = http.client.HTTPConnection("127.0.0.1", instance["port"], timeout=5)
    c.request("GET", "/metrics")
    text = c.getresponse().read().decode()
    found = []
    for line in text.splitlines():
        if line.startswith(names):
            name, labels = line.split("{", 1)
            labels = ",".join(l for l in labels.split("}")[0].split(",") if not l.startswith("otel_scope"))
            found.append(f"{name}{{{labels}}} {line.rsplit(' ', 1)[1]}")
    return found or ["none"]


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000 if values else float("nan")


print(f"\nSoak: {SECONDS} s, 2 instances, one redis-server, {os.cpu_count()} cores")
print(f"requests sent: web {sent['web']}, Slack events {sent['slack_event']} (each to both instances), "
      f"Slack commands {sent['slack_command']}, Teams activities {sent['teams']}")
print(f"answers delivered: web {delivered['web']}/{sent['web']}, Slack events {len(accepted_events) - len(lost_events)}/{len(accepted_events)} accepted, "
      f"Slack commands {delivered['slack_command']}/{sent['slack_command']}, Teams {len(accepted_activities) - len(lost_activities)}/{len(accepted_activities)} accepted")
print(f"answers lost: {len(lost_events) + len(lost_activities) + (sent['web'] - delivered['web']) + (sent['slack_command'] - delivered['slack_command'])}")
print(f"duplicate answers: {len(duplicate_events) + len(duplicate_activities)} "
      f"({len(events_in_outage)} Slack events were sent to both instances from 1 s before a Redis outage until both were ready again)")
print(f"5xx: {sum(five_xx.values())} {five_xx}")
print(f"follow-ups across instances that kept their context: {followups['kept']}/{followups['kept'] + followups['lost']}")
print(f"learning records on disk at the end (folder removed each minute): {learning_rows}")
print("\n| endpoint | requests | p50 | p99 | statuses |\n|---|---:|---:|---:|---|")
for endpoint, s in sorted(stats.items()):
    print(f"| {endpoint} | {len(s['latencies'])} | {percentile(s['latencies'], 0.5):.2f} ms | {percentile(s['latencies'], 0.99):.2f} ms | {dict(sorted(s['status'].items()))} |")
print("\n| instance | RSS at start | at minute 2 | peak | at end | growth minute 2 → end |\n|---|---:|---:|---:|---:|---:|")
for n, instance in enumerate(instances):
    samples = instance["rss"]
    minute2 = next((mb for t, mb in samples if t >= 120), samples[-1][1])
    end = samples[-1][1]
    print(f"| {n} | {samples[0][1]:.0f} MB | {minute2:.0f} MB | {max(mb for _, mb in samples):.0f} MB | {end:.0f} MB | {100 * (end - minute2) / minute2:+.1f}% |")
print("\npeer claims (from /metrics):")
for n, instance in enumerate(instances):
    print(f"  instance {n}: " + ", ".join(metric_lines(instance, ("rolebot_peer_claims_total", "rolebot_peer_failures_total"))))
print("\nfaults injected:")
for line in faults:
    print("  " + line)

for instance in instances:
    instance["process"].terminate()
redis["process"].kill()
bad = lost_events or lost_activities or duplicate_activities or duplicate_events or sum(five_xx.values()) \
    or sent["web"] != delivered["web"] or sent["slack_command"] != delivered["slack_command"]
sys.exit(1 if bad else 0)

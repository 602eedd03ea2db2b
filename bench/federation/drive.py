"""Drives bench/federation.sh: peers both ways, N tasks created and assigned above, waits until all are applied
below, prints the figures. With DRAIN (5th argument 1) the lower installation is unreachable from above while the
tasks are assigned, and the time is counted from when it is reachable again: how fast a full outbox drains. Standard library only; API tokens (HTTP Basic would spend a bcrypt per request)."""
import base64
import datetime
import json
import sys
import threading
import time
import urllib.request

n, upper, lower, clients = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
drain = len(sys.argv) > 5 and sys.argv[5] == "1"


def call(port, method, path, body=None, token=None, basic=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if basic:
        req.add_header("Authorization", "Basic " + base64.b64encode(basic.encode()).decode())
    with urllib.request.urlopen(req, timeout=120) as r:
        data = r.read()
        return json.loads(data) if data else None


def token(port, user):
    return call(port, "POST", "/api/v1/tokens", {"name": "bench"}, basic=user + ":demo")["token"]


admin_up, admin_low = token(upper, "admin"), token(lower, "admin")
office_up, office_low = token(upper, "vanphong"), token(lower, "vanphong")
call(upper, "PUT", "/api/v1/federation/peers/BTTTT", {"name": "BTTTT", "baseUrl": f"http://127.0.0.1:{lower}"},
     token=admin_up)
call(lower, "PUT", "/api/v1/federation/peers/VPCP", {"name": "VPCP", "baseUrl": f"http://127.0.0.1:{upper}"},
     token=admin_low)

deadline = (datetime.date.today() + datetime.timedelta(days=60)).isoformat()
created = []
lock = threading.Lock()


def create(count):
    for i in range(count):
        t = call(upper, "POST", "/api/v1/tasks", {"title": f"Nhiệm vụ đo tải liên thông {time.time_ns()}",
                                                  "leadUnit": {"code": "CDSQG"}, "deadline": deadline},
                 token=office_up)
        with lock:
            created.append(t["id"])


def run(target, per):
    threads = [threading.Thread(target=target, args=(p,)) for p in per]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


per = [n // clients + (1 if i < n % clients else 0) for i in range(clients)]
t0 = time.time()
run(create, per)
print(f"created {len(created)} tasks above in {time.time() - t0:.1f} s")

queue = list(created)


def assign(_):
    while True:
        with lock:
            if not queue:
                return
            task = queue.pop()
        call(upper, "POST", f"/api/v1/federation/tasks/{task}/assignment", {"peer": "BTTTT"}, token=office_up)


lower_keys = urllib.request.urlopen(f"http://127.0.0.1:{lower}/.well-known/nhiemvu/keys").read().decode()
if drain:
    # The lower installation unreachable from above (a closed port) while the tasks are assigned: every message waits
    # in the outbox, retried each second, as after an outage.
    call(upper, "PUT", "/api/v1/federation/peers/BTTTT", {"name": "BTTTT", "baseUrl": "http://127.0.0.1:9",
                                                          "publicKeys": lower_keys}, token=admin_up)
t1 = time.time()
run(assign, range(clients))
t2 = time.time()
print(f"assigned {n} above in {t2 - t1:.1f} s ({n / (t2 - t1):.0f}/s; each writes its message to the outbox)")
if drain:
    call(upper, "PUT", "/api/v1/federation/peers/BTTTT", {"name": "BTTTT", "baseUrl": f"http://127.0.0.1:{lower}",
                                                          "publicKeys": lower_keys}, token=admin_up)
    t1 = time.time()
    print("the lower installation reachable again: the outbox drains")
while True:
    received = call(lower, "GET", "/api/v1/federation/links?direction=INCOMING", token=office_low)
    if len(received) >= n:
        break
    if time.time() - t1 > 1800:
        sys.exit(f"only {len(received)} of {n} applied below after 30 min")
    time.sleep(1)
t3 = time.time()
sent = {l["upperTaskId"]: l["updatedAt"] for l in call(upper, "GET", "/api/v1/federation/links?direction=OUTGOING",
                                                          token=office_up)}


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


lags = sorted(instant(l["updatedAt"]) - instant(sent[l["upperTaskId"]]) for l in received)
print(f"all {n} applied below {t3 - t1:.1f} s after the {'lower was reachable again' if drain else 'first assignment'}: "
      f"{n / (t3 - t1):.0f} messages/s end to end")
if not drain:  # draining, the lag is the outage's length
    print(f"lag (applied below - assigned above): p50 {lags[len(lags) // 2]:.2f} s, "
          f"p95 {lags[int(len(lags) * 0.95)]:.2f} s, max {lags[-1]:.2f} s")

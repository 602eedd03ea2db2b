#!/usr/bin/env python3
"""Do two builds answer the same? Starts each jar on a fresh H2 with the demo data, asks the same GET requests as
seven people (every role and an outside agency), and lists the answers that differ after the volatile parts (instants,
today's date, hashes, receipts) are masked. For a refactoring (issue 15: "the API answers the same on the demo data"),
nothing should be listed; for a feature, only what it adds.

Usage: bench/api-compare.py OLD NEW [--port 18460] [--keep DIR]
  OLD, NEW: a jar, or a git revision (built in a temporary worktree, tests skipped).
Prints one line per request (same / differs: the JSON paths that differ) and a summary.
"""
import argparse, base64, datetime, json, os, re, shutil, subprocess, sys, tempfile, time, urllib.error, urllib.request

USERS = ["vanphong", "cntt", "cdsqg", "lanhdao", "phapche", "admin", "byt"]
AS_OF = "asOf=2021-01-15"
COMMON = [
    f"/api/v1/tasks?{AS_OF}&limit=200", f"/api/v1/stats/status-by-unit?{AS_OF}", "/api/v1/directives", "/api/v1/units",
    "/api/v1/leaders", "/api/v1/areas", "/api/v1/indicators?year=2026&asOf=2026-12-01", "/api/v1/par?asOf=2026-12-01",
    "/api/v1/rounds", "/api/v1/rounds/1", "/api/v1/rounds/1/aggregation", "/api/v1/evaluation/policy",
    "/api/v1/monitoring/rules", "/api/v1/rankings/units?from=2020-07-01&to=2020-12-31&" + AS_OF,
    "/api/v1/rankings/leaders?from=2020-07-01&to=2020-12-31&" + AS_OF, "/api/v1/people",
    "/api/v1/people/sheets?period=2026-Q4&asOf=2026-12-01", f"/api/v1/progress-reports/missing?{AS_OF}",
    "/api/v1/urging-letters", "/api/v1/federation/peers", "/api/v1/publications",
]
PER_TASK = ["", "/history", "/plan", "/dossier", "/work-item", "/progress-reports", "/guidance-requests", "/areas"]
INSTANT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?$")
VOLATILE_KEYS = {"hash", "previousHash", "contentHash", "receipt", "etag", "token", "signature"}


def build(rev, work):
    if os.path.isfile(rev):
        return rev
    tree = os.path.join(work, "src-" + rev.replace("/", "_"))
    subprocess.check_call(["git", "worktree", "add", "-q", "--detach", tree, rev])
    try:
        subprocess.check_call(["./mvnw", "-q", "-B", "-o", "-DskipTests", "package"], cwd=tree)
        jar = os.path.join(work, rev.replace("/", "_") + ".jar")
        shutil.copy(os.path.join(tree, "target", "nhiemvu.jar"), jar)
        return jar
    finally:
        subprocess.call(["git", "worktree", "remove", "--force", tree])


def start(jar, port, folder):
    os.makedirs(folder, exist_ok=True)
    log = open(os.path.join(folder, "app.log"), "w")
    proc = subprocess.Popen(["java", "-Xmx1g", "-jar", os.path.abspath(jar), f"--server.port={port}"], cwd=folder,
                            stdout=log, stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2)
            return proc
        except Exception:
            if proc.poll() is not None:
                sys.exit(f"{jar} exited at start; see {folder}/app.log")
            time.sleep(0.5)
    sys.exit(f"{jar} did not start")


def get(port, user, path):
    auth = base64.b64encode(f"{user}:demo".encode()).decode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Authorization": "Basic " + auth,
                                                                           "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            status, body = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, body = e.code, e.read()
    try:
        return status, json.loads(body)
    except ValueError:
        return status, f"<{len(body)} bytes>"


def mask(value, today):
    if isinstance(value, dict):
        return {k: ("<masked>" if k in VOLATILE_KEYS else mask(v, today)) for k, v in value.items()}
    if isinstance(value, list):
        return [mask(v, today) for v in value]
    if isinstance(value, str):
        if INSTANT.match(value):
            return "<instant>"
        return value.replace(today, "<today>")
    return value


def answers(port, today):
    out = {}
    for user in USERS:
        for path in COMMON:
            out[(user, path)] = get(port, user, path)
        _, tasks = out[(user, f"/api/v1/tasks?{AS_OF}&limit=200")]
        items = tasks.get("items", []) if isinstance(tasks, dict) else []
        for task in items[:8]:
            for tail in PER_TASK:
                path = f"/api/v1/tasks/{task['id']}{tail}" + (f"?{AS_OF}" if tail == "" else "")
                out[(user, path)] = get(port, user, path)
    return {k: (status, mask(body, today)) for k, (status, body) in out.items()}


def differences(a, b, path="$"):
    if type(a) is not type(b):
        return [path]
    if isinstance(a, dict):
        keys = sorted(set(a) | set(b))
        return [p for k in keys for p in (differences(a.get(k), b.get(k), f"{path}.{k}")
                                          if k in a and k in b else [f"{path}.{k} ({'only old' if k in a else 'only new'})"])]
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{path} ({len(a)} → {len(b)} items)"]
        return [p for i, (x, y) in enumerate(zip(a, b)) for p in differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [path]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old"); ap.add_argument("new")
    ap.add_argument("--port", type=int, default=18460)
    ap.add_argument("--keep")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="api-compare-")
    today = datetime.date.today().isoformat()
    result = []
    for i, rev in enumerate([args.old, args.new]):
        jar = build(rev, work)
        proc = start(jar, args.port + i, os.path.join(work, f"run{i}"))
        try:
            result.append(answers(args.port + i, today))
        finally:
            proc.terminate(); proc.wait()
    old, new = result
    same = 0
    for key in sorted(set(old) | set(new)):
        user, path = key
        if key not in old or key not in new:
            print(f"{user:9} {path}: asked of {'new' if key in new else 'old'} only")
            continue
        (s1, b1), (s2, b2) = old[key], new[key]
        diff = ([f"status {s1} → {s2}"] if s1 != s2 else []) + differences(b1, b2)
        if diff:
            print(f"{user:9} {path}: differs: {', '.join(diff[:6])}{' …' if len(diff) > 6 else ''}")
        else:
            same += 1
    print(f"{same} of {len(set(old) | set(new))} answers the same")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

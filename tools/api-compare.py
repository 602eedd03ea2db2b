#!/usr/bin/env python3
"""Compares the API's answers on the demo data between two commits (issue 15: "behaviour unchanged").

Builds the jar of BASE (a commit; default: the previous tag of the refactoring, given as the first argument) in a
temporary worktree, and uses this tree's target/nhiemvu.jar for HEAD (built when missing or with --build). Starts
each on a fresh H2 database with the demo data, asks the same GETs as seven demo users (the Office, a leader, two
units, the Legal Department, an administrator, an outside agency's focal person), including refused and bad
requests, and compares status, content type and body after replacing what differs by nature between two starts
(times of day, hashes over them, tokens).

Usage: tools/api-compare.py BASE [--build] [--keep DIR]
Prints each difference (at most 40 lines per request) and exits 1 when there is one.
"""
import base64
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The Office, a leader, two units, the Legal Department, an administrator and an outside agency's focal person.
USERS = ["vanphong", "lanhdao", "cdsqg", "cntt", "phapche", "admin", "byt"]
# What two starts of the same code answer differently: instants of the start, and what is derived from them.
VOLATILE_KEY = re.compile(r"(At|Time|time|timestamp|hash|Hash|signature|token|etag|ETag|instance)$")
INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def paths(task_ids, directive_ids):
    fixed = [
        "/api/v1/tasks?size=100", "/api/v1/tasks?size=20&page=2", "/api/v1/tasks?status=OVERDUE",
        "/api/v1/tasks?status=DUE_SOON,IN_PROGRESS&sort=deadline", "/api/v1/tasks?q=chuyen%20doi%20so",
        "/api/v1/tasks?mine=true", "/api/v1/dashboard", "/api/v1/dashboard/units", "/api/v1/directives",
        "/api/v1/inbox", "/api/v1/notices", "/api/v1/agencies", "/api/v1/units", "/api/v1/leaders",
        "/api/v1/stats/status-by-unit", "/api/v1/calendar/2026", "/api/v1/evaluation/policy",
        "/api/v1/monitoring/rules", "/api/v1/urging-letters", "/api/v1/notifications", "/api/v1/jobs",
        "/api/v1/progress-reports/missing", "/api/v1/areas", "/api/v1/indicators?year=2026", "/api/v1/par",
        "/api/v1/rounds", "/api/v1/rounds/1", "/api/v1/rounds/1/aggregation", "/api/v1/people",
        "/api/v1/rankings/units?from=2020-07-01&to=2020-12-31&asOf=2021-01-15", "/api/v1/publications",
        # refused and bad input: the words and statuses must not change either
        "/api/v1/tasks/999999", "/api/v1/tasks?deadlineFrom=31/02/2026", "/api/v1/tasks?status=NOPE",
        "/api/v1/dashboard?asOf=2000-01-01", "/api/v1/tasks?leadUnit=KHONGCO", "/api/v1/admin/audit/verification",
    ]
    per_task = []
    for i in task_ids:
        per_task += [f"/api/v1/tasks/{i}", f"/api/v1/tasks/{i}/history", f"/api/v1/tasks/{i}/guidance-requests",
                     f"/api/v1/tasks/{i}/plan", f"/api/v1/tasks/{i}/progress-reports", f"/api/v1/tasks/{i}/dossier"]
    return fixed + per_task + [f"/api/v1/directives/{i}" for i in directive_ids]


def get(base, user, path):
    request = urllib.request.Request(base + path, headers={
        "Authorization": "Basic " + base64.b64encode(f"{user}:demo".encode()).decode(),
        "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def normalised(body, content_type):
    if "json" not in content_type:
        return body.decode("utf-8", "replace")

    def walk(value, key=""):
        if isinstance(value, dict):
            return {k: ("…" if VOLATILE_KEY.search(k) and v is not None else walk(v, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, str):
            return INSTANT.sub("…", value)
        return value

    try:
        return json.dumps(walk(json.loads(body)), ensure_ascii=False, indent=1, sort_keys=True)
    except ValueError:
        return body.decode("utf-8", "replace")


def start(jar, port, work):
    log = open(os.path.join(work, "app.log"), "w")
    process = subprocess.Popen(["java", "-Xmx768m", "-jar", jar, f"--server.port={port}"], cwd=work,
                               stdout=log, stderr=subprocess.STDOUT)
    for _ in range(900):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2)
            return process
        except Exception:
            if process.poll() is not None:
                sys.exit(f"the jar in {work} stopped; see {work}/app.log")
            time.sleep(0.5)
    sys.exit(f"the jar in {work} did not start")


def answers(jar, port, work):
    process = start(jar, port, work)
    try:
        base = f"http://127.0.0.1:{port}"
        _, _, body = get(base, "vanphong", "/api/v1/tasks?size=100")
        tasks = json.loads(body)
        items = tasks.get("items", tasks.get("content", [])) if isinstance(tasks, dict) else tasks
        task_ids = sorted(t["id"] for t in items)[:40]
        _, _, body = get(base, "vanphong", "/api/v1/directives")
        directives = json.loads(body)
        directive_ids = sorted(d["id"] for d in (directives if isinstance(directives, list) else directives["items"]))
        result = {}
        for user in USERS:
            for path in paths(task_ids, directive_ids):
                status, content_type, body = get(base, user, path)
                result[f"{user} GET {path}"] = (status, content_type.split(";")[0], normalised(body, content_type))
        return result
    finally:
        process.terminate()
        process.wait(30)


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    base_commit = args[0]
    keep = args[args.index("--keep") + 1] if "--keep" in args else None
    work = keep or tempfile.mkdtemp(prefix="nv-compare.")
    head_jar = os.path.join(ROOT, "target", "nhiemvu.jar")
    if "--build" in args or not os.path.exists(head_jar):
        subprocess.run(["./mvnw", "-q", "-B", "-DskipTests", "-Djacoco.skip=true", "package"], cwd=ROOT, check=True)
    tree = os.path.join(work, "base-tree")
    if not os.path.exists(os.path.join(tree, "target", "nhiemvu.jar")):
        subprocess.run(["git", "worktree", "add", "-f", "--detach", tree, base_commit], cwd=ROOT, check=True)
        subprocess.run(["./mvnw", "-q", "-B", "-DskipTests", "-Djacoco.skip=true", "package"], cwd=tree, check=True)
    sides = {}
    for name, jar, port in (("base", os.path.join(tree, "target", "nhiemvu.jar"), 18181), ("head", head_jar, 18182)):
        directory = os.path.join(work, name)
        shutil.rmtree(directory, ignore_errors=True)
        os.makedirs(directory)
        sides[name] = answers(jar, port, directory)
    differing = 0
    for key in sides["base"]:
        before, after = sides["base"][key], sides["head"].get(key)
        if before != after:
            differing += 1
            print(f"== {key}: {before[0]} {before[1]} → {after[0]} {after[1]}")
            diff = difflib.unified_diff(before[2].splitlines(), after[2].splitlines(), "base", "head", lineterm="", n=1)
            for line in list(diff)[:40]:
                print(line)
    print(f"{len(sides['base'])} requests, {differing} answered differently (base {base_commit}, head {head_commit()})")
    if not keep:
        subprocess.run(["git", "worktree", "remove", "--force", tree], cwd=ROOT)
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if differing else 0)


def head_commit():
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Issue 16's sizes over HTTP on the running jar (bench/round.sh http): a round to AGENCIES outside agencies, each
answering ROWS proposals through the API on its own focal person's account, then timed with curl-like wall clocks:
the aggregation (API JSON and the page, whole and filtered), the .xlsx export, and a 500-row filled template uploaded
(refused for one bad cell in its last row — every cell checked, nothing kept — then accepted).
Standard library only. Usage: round-http.py BASE_URL AGENCIES ROWS"""
import base64, http.cookiejar, io, json, re, statistics, sys, time, urllib.error, urllib.parse, urllib.request, uuid, zipfile
from xml.sax.saxutils import escape

BASE, AGENCIES, ROWS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
PASSWORD = "Bench-Round-2026!x"
GROUPS = ["Kiện toàn tổ chức bộ máy", "Nâng cao năng lực quản lý", "Thực thi pháp luật", "Truyền thông về Đề án"]
WORDS = ("chuyển đổi số dữ liệu nền tảng hệ thống thông tin cán bộ công chức đào tạo bồi dưỡng kiểm tra đánh giá "
         "chính quyền số dịch vụ công trực tuyến an toàn thông tin hạ tầng số kỹ năng số quy chế phối hợp").split()


def call(method, path, user, body=None, content_type="application/json", raw=False):
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user[0]}:{user[1]}".encode()).decode())
    if data is not None:
        req.add_header("Content-Type", content_type)
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            payload, status = r.read(), r.status
    except urllib.error.HTTPError as e:
        payload, status = e.read(), e.code
    took = (time.perf_counter() - t0) * 1000
    return status, (payload if raw else (json.loads(payload) if payload[:1] in (b"{", b"[") else payload)), took


def signed_in(user):
    """A browser's session: the login form posted with its CSRF token; pages are not served to HTTP Basic."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    login = opener.open(BASE + "/login").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', login).group(1)
    opener.open(BASE + "/login", urllib.parse.urlencode(
        {"username": user[0], "password": user[1], "_csrf": token}).encode()).read()
    return opener


def page(opener, path, marker):
    t0 = time.perf_counter()
    with opener.open(BASE + path, timeout=300) as r:
        body, status = r.read().decode(), r.status
    took = (time.perf_counter() - t0) * 1000
    return (status if marker in body else 599), body[:200], took


def must(expected, result, what):
    if result[0] != expected:
        sys.exit(f"{what}: HTTP {result[0]} {str(result[1])[:400]}")
    return result


def text(seed, n):
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(n))


def row(a, r):
    return {"task": f"Nhiệm vụ {a}.{r}: {text(a * 131 + r, 14)}", "group": GROUPS[(a + r) % 4],
            "lead": "Bộ Y tế" if r % 5 == 0 else "", "time": f"Quý {1 + r % 4}/2025", "product": text(r, 5)}


def timed(label, runs, fn):
    times = []
    for _ in range(runs):
        status, payload, took = fn()
        if status != 200:
            sys.exit(f"{label}: HTTP {status} {str(payload)[:300]}")
        times.append(took)
    print(f"{label:58s} median {statistics.median(times):7.0f} ms  min {min(times):6.0f}  max {max(times):6.0f}"
          f"  ({runs} runs)")


admin, office, organiser = ("admin", "demo"), ("vanphong", "demo"), ("cdsqg", "demo")
# Outside agencies enough for the round: the demo directory's, then generated provinces.
agencies = [a for a in must(200, call("GET", "/api/v1/agencies", admin), "agencies")[1]["items"]
            if a["kind"] in ("MINISTRY", "GOVERNMENT_BODY", "PROVINCE") and not a.get("home")]
extra = [{"code": f"BENCH-{i:02d}", "name": f"Ủy ban nhân dân tỉnh Thử nghiệm {i:02d}", "kind": "PROVINCE",
          "aliases": []} for i in range(1, max(0, AGENCIES - len(agencies)) + 1)]
if extra:
    must(200, call("POST", "/api/v1/admin/organization", admin, {"agencies": extra}), "directory")
codes = ([a["code"] for a in agencies] + [e["code"] for e in extra])[:AGENCIES]
columns = [{"key": "task", "label": "Nhiệm vụ đề xuất", "type": "LONG_TEXT", "required": True, "choices": []},
           {"key": "group", "label": "Nhóm nhiệm vụ", "type": "CHOICE", "required": True, "choices": GROUPS},
           {"key": "lead", "label": "Chủ trì", "type": "UNIT_OR_AGENCY", "required": False, "choices": []},
           {"key": "time", "label": "Thời gian", "type": "DEADLINE_PHRASE", "required": True, "choices": []},
           {"key": "product", "label": "Sản phẩm", "type": "TEXT", "required": True, "choices": []}]
today = time.strftime("%Y-%m-%d")
rid = must(201, call("POST", "/api/v1/rounds", organiser, {
    "title": f"Đo hiệu năng đợt {uuid.uuid4().hex[:6]}", "legalBasis": "Quyết định số 1690/QĐ-TTg",
    "instructions": "Mỗi nhiệm vụ một dòng.", "letterDate": today, "deadlineText": "trong 10 ngày làm việc",
    "acceptLate": True, "addressees": codes, "tables": [{"title": "Nhiệm vụ trọng tâm", "columns": columns}]}),
    "round")[1]["id"]
print(f"round {rid}: {len(codes)} agencies × {ROWS} rows = {len(codes) * ROWS} proposals")

t0 = time.perf_counter()
submit_ms = []
for a, code in enumerate(codes):
    user = (f"bench{rid}_{a}", PASSWORD)
    must(201, call("POST", f"/api/v1/rounds/{rid}/respondents", organiser,
                   {"agency": code, "username": user[0], "displayName": f"Đầu mối {code}", "password": PASSWORD}),
         f"respondent {code}")
    result = must(201, call("POST", f"/api/v1/rounds/{rid}/answer/submissions", user,
                            {"noProposal": False, "tables": [[row(a, r) for r in range(ROWS)]]}), f"answer {code}")
    submit_ms.append(result[2])
print(f"answered through the API in {time.perf_counter() - t0:.1f} s; one submission of {ROWS} rows: "
      f"median {statistics.median(submit_ms):.0f} ms (first request of an account includes its bcrypt)")

agg = f"/api/v1/rounds/{rid}/aggregation"
timed("GET aggregation (API, all)", 5, lambda: call("GET", agg, office))
timed("GET aggregation (API, group filter)", 5,
      lambda: call("GET", agg + "?column.group=" + urllib.request.quote("Thực thi"), office))
timed("GET aggregation (API, one agency)", 5, lambda: call("GET", agg + "?agency=" + codes[-1], office))
browser = signed_in(office)
timed("GET /rounds/{id}/aggregation (page, signed in)", 5,
      lambda: page(browser, f"/rounds/{rid}/aggregation", 'id="proposals-0"'))
timed("GET /rounds/{id}/aggregation (page, group filter)", 5,
      lambda: page(browser, f"/rounds/{rid}/aggregation?column.group=" + urllib.parse.quote("Thực thi pháp luật"),
                   'id="proposals-0"'))
timed("GET aggregation.xlsx (export)", 3, lambda: call("GET", agg + ".xlsx", office, raw=True))
timed("GET similar pairs (API)", 3, lambda: call("GET", f"/api/v1/rounds/{rid}/similar", office))

# The 500-row upload: the round's own template filled in (inline strings in its first sheet), by a new agency.
template = must(200, call("GET", f"/api/v1/rounds/{rid}/template.xlsx", organiser, raw=True), "template")[1]


def filled(rows, bad_last):
    src = zipfile.ZipFile(io.BytesIO(template))
    book = src.read("xl/workbook.xml").decode()
    rels = src.read("xl/_rels/workbook.xml.rels").decode()
    first = re.search(r'<sheet [^>]*r:id="([^"]+)"', book).group(1)
    target = re.search(r'Id="' + first + r'"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="' + first + '"', rels)
    sheet = "xl/" + (target.group(1) or target.group(2)).lstrip("/").removeprefix("xl/")
    cells = []
    for r in range(rows):
        values = row(9000, r)
        if bad_last and r == rows - 1:
            values["group"] = "Nhóm không có trong danh sách"
        line = "".join(f'<c r="{col}{r + 2}" t="inlineStr"><is><t>{escape(values[key])}</t></is></c>'
                       for col, key in zip("ABCDE", ["task", "group", "lead", "time", "product"]) if values[key])
        cells.append(f'<row r="{r + 2}">{line}</row>')
    xml = src.read(sheet).decode()
    xml = re.sub(r"</sheetData>", "".join(cells) + "</sheetData>", xml, count=1)
    xml = re.sub(r'<dimension ref="[^"]*"/>', "", xml)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, xml if item.filename == sheet else src.read(item.filename))
    return out.getvalue()


def upload(content, user):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"de-xuat.xlsx\"\r\n"
            f"Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").encode() \
        + content + f"\r\n--{boundary}--\r\n".encode()
    return call("POST", f"/api/v1/rounds/{rid}/answer/workbook", user, body,
                f"multipart/form-data; boundary={boundary}")


uploader = (f"bench{rid}_0", PASSWORD)
refused = [upload(filled(500, True), uploader) for _ in range(3)]
if any(r[0] != 400 for r in refused):
    sys.exit(f"500-row sheet with a bad cell: HTTP {refused[0][0]} {str(refused[0][1])[:300]}")
print(f"{'POST 500-row .xlsx, one bad cell (checked, refused)':58s} median "
      f"{statistics.median(r[2] for r in refused):7.0f} ms  ({len(refused)} runs)")
accepted = [upload(filled(500, False), uploader) for _ in range(3)]
if any(r[0] != 201 for r in accepted):
    sys.exit(f"500-row sheet: HTTP {accepted[0][0]} {str(accepted[0][1])[:300]}")
print(f"{'POST 500-row .xlsx (checked, kept as a new version)':58s} median "
      f"{statistics.median(r[2] for r in accepted):7.0f} ms  ({len(accepted)} runs)")

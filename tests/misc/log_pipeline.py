# a generator pipeline processing web-server style log lines
LOG = """\
10.0.0.1 GET /index.html 200 1043
10.0.0.2 GET /about.html 200 2311
10.0.0.1 POST /login 302 0
10.0.0.3 GET /missing 404 120
# maintenance comment
10.0.0.2 GET /index.html 200 1043
10.0.0.4 GET /admin 403 87

10.0.0.1 GET /img/logo.png 200 53311
10.0.0.3 GET /index.html 500 0
10.0.0.5 get /INDEX.HTML 200 1043
malformed line here
10.0.0.2 POST /api/data 201 17"""

def read_lines(text):
    for n, line in enumerate(text.split("\n"), 1):
        yield n, line

def skip_noise(lines):
    for n, line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            yield n, line

def parse(lines, errors):
    for n, line in lines:
        parts = line.split()
        if len(parts) != 5:
            errors.append(n)
            continue
        ip, method, path, status, size = parts
        yield {"line": n, "ip": ip, "method": method.upper(), "path": path.lower(),
               "status": int(status), "size": int(size)}

def where(records, **conds):
    for r in records:
        if all(r[k] == v for k, v in conds.items()):
            yield r

def group_by(records, key):
    groups = {}
    for r in records:
        groups.setdefault(r[key], []).append(r)
    return groups

errors = []
records = list(parse(skip_noise(read_lines(LOG)), errors))
print(len(records), "records, malformed lines:", errors)
by_status = group_by(records, "status")
for status in sorted(by_status):
    print(status, [r["line"] for r in by_status[status]])
ok = list(where(records, status=200))
print("bytes served:", sum(r["size"] for r in ok))
hits = {}
for r in where(records, method="GET"):
    hits[r["path"]] = hits.get(r["path"], 0) + 1
for path, n in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0])):
    print("%-16s %d" % (path, n))
per_ip = group_by(records, "ip")
print(sorted((ip, len(rs), sum(r["size"] for r in rs)) for ip, rs in per_ip.items()))
first_error = next((r for r in records if r["status"] >= 500), None)
print("first server error on line", first_error["line"] if first_error else None)

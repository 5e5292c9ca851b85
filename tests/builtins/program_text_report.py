# a small text-processing program exercising many str/list/dict builtins together
TEXT = """\
Alice,Engineering,  98000 , 2015-03-01
Bob,Marketing,72000,2018-07-15
  Carol , Engineering , 105000 , 2012-11-30
Dave,Sales,58000,2020-01-06
Eve,Engineering,91000,2019-09-09
Frank,Sales,61000,2016-05-23
Grace,Marketing,80500,2014-02-14
"""
rows = []
for line in TEXT.splitlines():
    if not line.strip():
        continue
    name, dept, salary, date = (f.strip() for f in line.split(","))
    y, m, d = map(int, date.split("-"))
    rows.append({"name": name, "dept": dept, "salary": int(salary), "date": (y, m, d)})
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r)
print("%-12s %5s %10s %10s" % ("dept", "count", "total", "average"))
for dept in sorted(by_dept):
    people = by_dept[dept]
    total = sum(p["salary"] for p in people)
    print("%-12s %5d %10s %10.1f" % (dept, len(people), "{:,}".format(total), total / len(people)))
senior = sorted(rows, key=lambda r: r["date"])[:3]
print("senior:", ", ".join("{name} ({date[0]})".format(**r) for r in senior))
top = max(rows, key=lambda r: r["salary"])
print(f"top earner: {top['name']:>8} {top['salary']:>10,d} {top['salary'] / 1000:.1f}k")
initials = "".join(sorted({r["name"][0] for r in rows}))
print(initials, initials.lower(), initials[::-1], initials.center(11, "."))
widths = [max(len(str(r[k])) for r in rows) for k in ("name", "dept")]
for r in rows[:3]:
    print("|" + r["name"].ljust(widths[0]) + "|" + r["dept"].rjust(widths[1]) + "|" + str(r["salary"]).zfill(7) + "|")
hist = {}
for r in rows:
    bucket = r["salary"] // 20000 * 20
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print("%3dk-%3dk %s" % (b, b + 20, "#" * hist[b]))
words = TEXT.replace(",", " ").split()
print(len(words), sum(w.isdigit() for w in words), sorted(set(w for w in words if w.istitle()))[:4])

# deeply nested data built and walked iteratively
root = []
cur = root
for i in range(2000):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
depth = 0
cur = root
while cur:
    cur = cur[-1] if isinstance(cur[-1], list) else None
    depth += 1
print(depth)
d = {}
c = d
for i in range(500):
    c["n"] = {"i": i}
    c = c["n"]
n = 0
c = d
while "n" in c:
    c = c["n"]
    n += 1
print(n, c["i"])
t = ()
for i in range(300):
    t = (t, i)
cnt = 0
while t:
    t = t[0]
    cnt += 1
print(cnt)

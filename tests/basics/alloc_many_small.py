# allocate many small objects; results must stay consistent (exercises the GC)
total = 0
keep = []
for i in range(20000):
    t = (i, str(i), [i])
    if i % 1000 == 0:
        keep.append(t)
    total += len(t[1])
print(total, len(keep))
print(keep[5], keep[-1])
s = ""
for i in range(3000):
    s += chr(97 + i % 26)
print(len(s), s[:30], s[-5:])
d = {}
for i in range(5000):
    d[i] = str(i * 7)
for i in range(0, 5000, 2):
    del d[i]
print(len(d), d[4999], d[1], sum(int(v) for v in d.values()) % 100003)
l = []
for i in range(10000):
    l.append([i] * 3)
print(sum(x[0] for x in l), l[9999])
big = [str(i) * 3 for i in range(2000)]
print(big[1999], len("".join(big)))
st = set()
for i in range(10000):
    st.add(i % 777)
print(len(st), min(st), max(st))

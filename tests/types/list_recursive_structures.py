# operations on self-referencing containers: identity shortcuts and recursion errors
def rec(f):
    try:
        return f()
    except RuntimeError:  # RecursionError is a RuntimeError
        return 'recursion error'
a = [1]
a.append(a)
b = [1]
b.append(b)
print(a == a, a in a, a.count(a), a.index(a), len(a), a[1] is a, a[1][1][1] is a)
print(rec(lambda: a == b), rec(lambda: a < b), rec(lambda: a != b))
print(a, repr(a[1]), str([a, a]))
d = {}
d['d'] = d
e = {}
e['d'] = e
print(d, d == d, rec(lambda: d == e), d['d']['d'] is d)
t = ([],)
t[0].append(t)
print(t, t == t, rec(lambda: t == ([t],)))
deep = []
for i in range(100000):
    deep = [deep]
print(rec(lambda: repr(deep)[:5]), rec(lambda: deep == [deep[0]]))
x = deep
n = 0
while x:
    x = x[0]
    n += 1
print(n)
del deep
s = [1, 2]
s.append(s)
print(s * 2, len(s + s), rec(lambda: sorted([s, s])) is not None)
c = a.copy()
print(c[0], c[1] is a, rec(lambda: c == a))

# mutating a list while iterating follows CPython's index-based semantics
l = [1, 2, 3, 4, 5]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out, l)
l = [0, 1, 2, 3]
for i, x in enumerate(l):
    l[i] = x * x
print(l)
l = list(range(6))
it = iter(l)
next(it)
del l[:3]
print(list(it))
l = [1, 2, 3]
it = iter(l)
print(next(it))
l[:] = []
print(list(it))
l.extend([7, 8])
print(list(it))
l = [3, 1, 2]
r = reversed(l)
l.sort()
print(list(r))
l = [1, 2, 3]
r = reversed(l)
next(r)
del l[:]
print(list(r))
l = [1]
for x in l:
    if x < 5:
        l.append(x + 1)
print(l)

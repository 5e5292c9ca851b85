# mutating a list while iterating over it (index-based iteration semantics)
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 2, 3]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
l = [1, 2, 3]
seen = []
for x in l:
    seen.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(seen, l)
l = [1, 2, 3, 4]
for x in l[:]:
    l.remove(x)
print(l)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] > 1:
        del d[k]
print(d)
l = [0, 1, 2, 3]
it = iter(l)
print(next(it))
l.insert(0, "new")
print(next(it), next(it))
l = [5, 6]
it = iter(l)
l.clear()
print(list(it))

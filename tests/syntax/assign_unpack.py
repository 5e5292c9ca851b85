# tuple/list unpacking and starred targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, *rest = [1, 2, 3, 4]
print(h, rest)
*init, last = range(5)
print(init, last)
first, *mid, end = "abcdef"
print(first, mid, end)
x, *y = [1]
print(x, y)
(a, *b), c = (1, 2, 3), 4
print(a, b, c)
for k, v in [(1, 'one'), (2, 'two')]:
    print(k, v)
for i, (p, q) in enumerate([(5, 6), (7, 8)]):
    print(i, p, q)
m, n, o = {'z': 1, 'y': 2, 'x': 3}
print(sorted([m, n, o]))
*s, = (9, 8)
print(s)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(type(e).__name__)
try:
    u, *v, w = [1]
except ValueError as e:
    print(type(e).__name__)
lst = [0, 0, 0]
lst[0], lst[2] = 'L', 'R'
print(lst)

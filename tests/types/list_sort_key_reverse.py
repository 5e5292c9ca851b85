# list.sort: key/reverse keywords, stability, errors
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig', 'Fig']
w = words[:]; w.sort(); print(w)
w = words[:]; w.sort(key=str.lower); print(w)
w = words[:]; w.sort(key=str.lower, reverse=True); print(w)
w = words[:]; w.sort(key=len); print(w)
w = words[:]; w.sort(key=len, reverse=True); print(w)
w = words[:]; w.sort(reverse=1); print(w)
w = words[:]; w.sort(key=None); print(w)
pairs = [(i % 3, i) for i in range(12)]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
try:
    [1, 2].sort(lambda x: x)
except TypeError:
    print('TypeError positional')
try:
    [1, 2].sort(foo=1)
except TypeError:
    print('TypeError kw')
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError', e)
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted({3: 1, 1: 2}))
print(sorted([1.5, 1, True, -2**70, 2**65]))
l = [5, 3, 1]
print(l.sort(), l)
l = list(range(1000, 0, -1))
l.sort(key=lambda x: x % 10)
print(l[:12])
nan = float('nan')
l = [3, 1, 2]
l.sort(key=lambda x: -x)
print(l)

# iterators of builtin containers: laziness, exhaustion, independence
l = [1, 2, 3]
a, b = iter(l), iter(l)
print(next(a), next(a), next(b), list(a), list(b), list(a))
t = iter((1, 2))
s = iter({5})
d = iter({'k': 1})
st = iter('xy')
r = iter(range(2))
for it in (t, s, d, st, r):
    print(type(it).__name__ in ('tuple_iterator', 'set_iterator', 'dict_keyiterator', 'str_ascii_iterator', 'str_iterator', 'range_iterator', 'iterator'), list(it), list(it))
l = [1, 2]
it = iter(l)
next(it); next(it)
l.append(3)
print(list(it))
it = iter(l)
l.clear()
print(list(it))
m = map(lambda x: print('map', x) or x, [1, 2])
print('created')
print(next(m))
z = zip(map(lambda x: print('a', x), [1]), [])
print(list(z))
e = enumerate(filter(None, [0, 5, 0, 6]))
print(list(e))
def g():
    yield 1
    yield 2
print(sum(g()), max(g()), sorted(g(), reverse=True), tuple(g()), set(g()))
print(list(zip(range(3), iter('abcdef'))), 5 in iter([1, 5]))
it = iter([1, 2, 3, 4])
print(3 in it, list(it))

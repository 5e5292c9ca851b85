# add, pop, discard, remove, clear, copy
s = set()
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)
s.add(1); s.add(1); s.add(1.0); s.add(True)
print(s, len(s))
s.add((1, 2))
s.add(frozenset([3]))
try:
    s.add([1])
except TypeError as e:
    print('TypeError', e)
try:
    s.add({1})
except TypeError as e:
    print('TypeError', e)
print(s.discard(99), s.discard(1), len(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
try:
    s.remove((5, 6))
except KeyError as e:
    print('KeyError', e)
print(s.remove((1, 2)), len(s))
print({frozenset([3])} == s, {3} in [s], frozenset([3]) in s)
print({1, 2} in [{2, 1}], {3} in s)
s.discard({3})
print(len(s))
try:
    s.discard([1])
except TypeError as e:
    print('TypeError', e)
s = set(range(100))
out = []
while s:
    out.append(s.pop())
print(sorted(out) == list(range(100)))
try:
    s.pop()
except KeyError as e:
    print('KeyError', e.args)
t = {1, 2, 3}
u = t.copy()
t.clear()
print(t, sorted(u))
try:
    {1}.pop(0)
except TypeError:
    print('TypeError pop arg')

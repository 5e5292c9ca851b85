# tuple construction, identity of the empty tuple, hashing of nested tuples
t = tuple([1, 2])
print(t, tuple(t) is t, tuple() == (), tuple() is tuple([]), len(()), tuple(range(0)))
print(tuple('é😀'), tuple({3: 0, 1: 0}), tuple(frozenset([5])), tuple(b'ab'), tuple(bytearray(b'c')))
print(tuple(reversed((1, 2, 3))), tuple(map(str, (1, 2))), tuple(zip((1, 2), 'ab')), tuple(enumerate('ab')))
n = ((1, (2, (3, (4,)))),)
print(n, n[0][1][1][1][0], hash(n) == hash(((1, (2, (3, (4,)))),)))
print(sorted({(1, 2): 'a', (1,): 'b', (): 'c'}), {(): 1}[()])
try:
    tuple(None)
except TypeError as e:
    print('TypeError', e)
try:
    tuple(1, 2)
except TypeError:
    print('TypeError 2 args')
print((1, 2, 3)[1:], (1,) * 3, (1, 2) + tuple('ab'), (0,) * 2**3)
a = (1, [2])
a[1].append(3)
print(a)
try:
    a[1] += [4]
except TypeError as e:
    print('TypeError', e)
print(a)

# list.copy, clear, reverse, extend, append and their edge cases
l = [1, [2], 3]
c = l.copy()
print(c, c == l, c is l, c[1] is l[1])
c.clear()
print(c, l)
l.reverse()
print(l)
e = []
e.reverse(); print(e)
e.extend(''); e.extend('ab'); e.extend(b'\x01'); e.extend({1: 2}); e.extend(range(3, 0, -1))
print(e)
e.extend(e)
print(e)
try:
    e.extend(3)
except TypeError as ex:
    print('TypeError', ex)
try:
    e.append()
except TypeError:
    print('TypeError append')
e.append(e.append)
print(len(e), callable(e[-1]))
print(list(), list([]), list((1,)), list('héllo'), list({3, 3}), list(x for x in range(3)))
try:
    list(1)
except TypeError as ex:
    print('TypeError', ex)
try:
    list([], [])
except TypeError:
    print('TypeError 2 args')
try:
    list(x=1)
except TypeError:
    print('TypeError kw')
print(list.__name__, type([]) is list, isinstance([], list))
try:
    hash([])
except TypeError as ex:
    print('TypeError', ex)
print(bool([]), bool([0]), len([None] * 7))
big = list(range(200000))
big.reverse()
print(big[0], big[-1])

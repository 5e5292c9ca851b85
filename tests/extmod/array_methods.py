# array: list-like methods
from array import array

a = array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array('i', [7]))
a.extend(range(8, 10))
a.extend(x for x in (10,))
print(a)
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
a.insert(-100, -100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a)
print(a.index(5), a.index(5, 2), a.index(5, -8, -1), a.count(5), a.count(42))
a.append(5)
print(a.count(5), a.index(5, 6))
a.reverse()
print(a)
print(array('i').tolist(), a.tolist())
a.fromlist([11, 12])
print(a)
try:
    a.fromlist([13, 'x'])
except TypeError as e:
    print('TypeError', e)
print(a)
try:
    a.fromlist((1, 2))
except TypeError as e:
    print('TypeError', e)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: array('i').pop())
t(lambda: array('i', [1]).pop(5))
t(lambda: array('i', [1]).remove(5))
t(lambda: array('i', [1]).index(5))
t(lambda: array('i', [1]).index(1, 1))
t(lambda: array('i', [1]).extend(array('d')))
t(lambda: array('i', [1]).extend(5))
t(lambda: array('i', [1]).append('a'))
t(lambda: array('B', [1]).append(None))
t(lambda: array('i', [1]).insert(0, 2.5))

b = array('d', [1.0, 2.0])
b.extend(array('d', [3.0]))
b.extend([4, 5.5])
print(b, 2 in b, 2.0 in b, 7 in b, 'x' in b)
print(b.index(2), b.count(2.0))
b.reverse()
print(b)
c = b[:]
c.append(0)
print(b, c)

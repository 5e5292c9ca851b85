# array: + += * *= and comparisons
from array import array

a = array('i', [1, 2])
b = array('i', [3])
print(a + b, a, b)
print(a * 3, 3 * a, a * 0, a * -1, array('d', [0.5]) * 2)
c = array('i', [1])
c += array('i', [2, 3])
print(c)
c *= 2
print(c)
c *= 0
print(c)
c += c
print(c)
d = array('b', [4, 5])
d += d
print(d)

print(a == array('i', [1, 2]), a != array('i', [1, 2]), a == b)
print(array('i', [1]) == array('d', [1.0]), array('b', [1]) == array('B', [1]))
print(a < b, a > b, a <= a, a >= b, array('i') < a, array('i', [1, 2, 3]) > a)
print(a == [1, 2], a != [1, 2])
print(array('d', [float('nan')]) == array('d', [float('nan')]))
print(array('d', [0.0]) == array('d', [-0.0]))
n = array('d', [float('nan'), 1.0])
print(float('nan') in n, n.count(float('nan')), 1.0 in n, n != n, n < n)

def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)

t(lambda: array('i') + array('d'))
t(lambda: array('i') + [1])
t(lambda: array('i') * 2.0)
try:
    array('i') < [1]
except TypeError:
    print('TypeError <')

def iadd(x, y):
    x += y
    return x

t(lambda: iadd(array('i'), array('d')))
t(lambda: iadd(array('i'), [1]))

class R:
    def __radd__(self, other):
        return 'radd'
    def __rmul__(self, other):
        return 'rmul'
    def __eq__(self, other):
        return 'eq'

print(array('i', [1]) + R(), array('i', [1]) * R(), array('i') == R())

class N:
    def __index__(self):
        return 2

print(array('b', [7]) * N(), N() * array('b', [8]))

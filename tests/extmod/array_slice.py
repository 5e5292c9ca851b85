# array: slicing with any step, slice assignment and deletion
from array import array

a = array('i', range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[5:2], a[1:8:3], a[8:1:-2])
print(a[:], a[:] is a, a[100:], a[-100:2])

b = array('i', range(6))
b[1:3] = array('i', [10, 20, 30, 40])
print(b)
b[0:5] = array('i')
print(b)
b[len(b):] = array('i', [7, 8])
print(b)
b[:] = b
print(b)
b[1:1] = b
print(b)

c = array('h', range(8))
c[::2] = array('h', [-1, -2, -3, -4])
print(c)
c[::-3] = array('h', [9, 9, 9])
print(c)
try:
    c[::2] = array('h', [1])
except ValueError as e:
    print('ValueError', e)
try:
    c[0:2] = [1, 2]
except TypeError as e:
    print('TypeError', e)
try:
    c[0:2] = array('i', [1, 2])
except TypeError as e:
    print('TypeError', e)

d = array('B', range(12))
del d[2:4]
print(d)
del d[::3]
print(d)
del d[::-2]
print(d)
del d[5:1]
print(d)
del d[:]
print(d)

e = array('d', [1.5, 2.5, 3.5])
del e[1]
print(e)
del e[-1]
print(e)
try:
    del e[5]
except IndexError as ex:
    print('IndexError', ex)

# array: module attributes, copies, bool, misc
import array as arraymod
from array import array

print(arraymod.ArrayType is array, arraymod.typecodes, 'q' in arraymod.typecodes, 'd' in arraymod.typecodes)
a = array('i', [1, 2])
b = a[:]
b.append(3)
print(a, b)
c = a.__deepcopy__({})
print(a.__copy__() == a, a.__copy__() is a)
c[0] = 9
print(a, c)
print(type(a).__name__, type(iter(a)).__name__)
print(array('i', [1, 2]) * True, array('b', [3]) * False)
x = array('B')
x.extend(b'\x01\x02')
print(x)
x.extend(bytearray(b'\x03'))
print(x)
x.extend([])
x.extend(())
print(x, len(x))

import io
f = io.BytesIO()
array('h', [1, -2, 3]).tofile(f)
print(f.getvalue())
f.seek(0)
g = array('h')
g.fromfile(f, 2)
print(g)
try:
    g.fromfile(f, 5)
except EOFError as e:
    print('EOFError', e)
print(g)
try:
    array('i').tounicode()
except ValueError as e:
    print('ValueError', e)
try:
    array('i').fromunicode('x')
except ValueError as e:
    print('ValueError', e)

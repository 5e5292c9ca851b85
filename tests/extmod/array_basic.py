# array: construction, typecode/itemsize, len, indexing, repr
from array import array

for tc in 'bBhHiIlLqQfd':
    a = array(tc)
    print(tc, a.typecode, a.itemsize, len(a), repr(a))

a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1])
print(array('b', [-128, 0, 127]))
print(array('B', [0, 255]))
print(array('h', [-32768, 32767]))
print(array('H', [65535]))
print(array('I', [4294967295]))
print(array('q', [-2**63, 2**63 - 1]))
print(array('Q', [2**64 - 1]))
print(array('L', [2**64 - 1]))
print(array('l', [-2**63]))
print(array('d', [1, 2.5, -0.0, 1e100, float('inf'), float('nan')]))
print(array('f', [0.1, 1.5]))
print(array('i', [True, False]))
print(str(array('b', [1])))
print(array('i', range(5)))
print(array('i', (x * x for x in range(4))))
print(array('d', array('i', [1, 2])))
print(array('i', array('b', [-1, 5])))
print(array('B', b'\x01\x02'))
print(array('h', bytearray(b'\x01\x00\x02\x00')))
print(array('i', b''))
a = array('b', [5, 6, 7])
a[0] = -1
a[-1] = 100
print(a)
print(bool(array('i')), bool(array('i', [0])))
print(array('d', [1.5])[0], type(array('f', [2])[0]).__name__)
print(array('Q', [2**64 - 1])[0], array('q', [-2**63])[0])

# keyword arguments of int/str/bytes/float/complex/list/dict constructors
print(int('ff', base=16), int('10', 0) if False else int('0x10', 0), int(x='7') if False else 'skip', int('z', 36), int(base=2, x='101') if False else 'skip2')
try:
    int(x='5')
except TypeError:
    print('TypeError int x kw')
print(int('101', base=2), int(' 12 '), int(), int(3.9), int(-3.9), int('-0b11', 0))
try:
    int(5, base=10)
except TypeError as e:
    print('TypeError', e)
print(str(), str(object=5), str(b'abc', 'ascii'), str(b'abc', encoding='utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'\xff', errors='ignore', encoding='utf-8'))
print(str(object=b'x'), repr(str(b'x')))
try:
    str(5, 'utf-8')
except TypeError as e:
    print('TypeError', e)
print(bytes('é', 'utf-8'), bytes('é', encoding='utf-8'), bytes(3), bytes([1, 2]), bytes(source=[65]) if False else 'skip', bytes(), bytes('x', encoding='ascii', errors='strict'))
try:
    bytes('é')
except TypeError as e:
    print('TypeError', e)
try:
    bytes('é', 'ascii')
except UnicodeEncodeError:
    print('UnicodeEncodeError')
print(float(), float('1.5'), float(x='2') if False else 'skip', complex(real=1, imag=2), complex(imag=3), bool(0), list(), tuple(), set(), dict(a=1))
try:
    list(iterable=[1])
except TypeError:
    print('TypeError list kw')
try:
    tuple(iterable=[1])
except TypeError:
    print('TypeError tuple kw')
try:
    float(x=1)
except TypeError:
    print('TypeError float kw')
print(bytearray('ab', 'utf-8'), bytearray(source=b'x') if False else 'skip', bytearray(2), frozenset(), range(3))

# bytes repr escapes, iteration, indexing (ints), negative and out-of-range indices, slicing steps
b = bytes(range(256))
print(repr(b))
print(list(b[250:]), b[0], b[-1], b[::51], b[200:190:-3], b[-3:], len(b[::7]))
for i in (256, -257, 2**70):
    try:
        b[i]
    except IndexError as e:
        print('IndexError', e)
try:
    b['a' and 1.5]
except TypeError as e:
    print('TypeError', e)
it = iter(b'xyz')
print(next(it), list(it), list(reversed(b'abc')), sum(b'\x01\x02'), max(b'az'), sorted(b'cab'), b'abc'.__len__())
ba = bytearray(b'q')
print(repr(ba), repr(bytearray()), repr(bytearray(b"'")), str(b'\n'), '%r' % b'\x00')

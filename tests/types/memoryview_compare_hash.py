# memoryview equality with bytes/bytearray/views, hashing of readonly views, iteration, bytes() of views
import array
m = memoryview(b'abc')
print(m == b'abc', m == bytearray(b'abc'), m == memoryview(b'abc'), m == b'abd', m == 'abc', m != b'x', m[1:] == b'bc')
print(hash(m) == hash(b'abc'), hash(m[1:]) == hash(b'bc'), list(m), [x for x in m[::-1]], b'b' in bytes(m), 98 in m)
try:
    hash(memoryview(bytearray(b'x')))
except ValueError as e:
    print('ValueError', e)
try:
    m < m
except TypeError as e:
    print('TypeError', e)
a = array.array('i', [1, 2])
print(memoryview(a) == array.array('i', [1, 2]), memoryview(a) == [1, 2], memoryview(a).tolist() == [1, 2])
print(bytes(memoryview(b'xyz')[::2]), bytearray(memoryview(b'xyz')[1:]), b'-'.join([memoryview(b'a'), memoryview(b'b')]))
print(memoryview(b'12').decode() if hasattr(memoryview, 'decode') else '12', str(bytes(memoryview(b'12')), 'ascii'))
for bad in (lambda: memoryview('str'), lambda: memoryview(5), lambda: memoryview([1]), lambda: memoryview()):
    try:
        bad()
    except TypeError as e:
        print('TypeError')

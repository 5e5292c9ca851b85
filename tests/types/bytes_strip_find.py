# bytes strip family with bytes args, find/rfind/index/count with ints and start/end
b = b'  xxhelloxx  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' x'), b.lstrip(b' x'), b.rstrip(bytearray(b' x')), b.strip(None))
print(b'\x1c\x1d\x1e\x1fa\x85\xa0'.strip(), bytearray(b' q ').strip(), type(bytearray(b' q ').strip()).__name__)
s = b'abcabcABC'
for sub in (b'abc', b'c', b'', 99, ord('A'), bytearray(b'bc'), memoryview(b'ca')):
    for se in ((), (1,), (-3,), (3, 7), (None, 4), (20,)):
        print(s.find(sub, *se), s.rfind(sub, *se), s.count(sub, *se))
for f in (s.index, s.rindex):
    for a in ((b'zz',), (120,), (b'a', 5, 6)):
        try:
            print(f(*a))
        except ValueError as e:
            print('ValueError', e)
for bad in ('a', 256, -1, 1.5):
    try:
        print(s.find(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b.strip('x')
except TypeError as e:
    print('TypeError', e)
print(97 in b'abc', b'bc' in b'abc', bytearray(b'b') in b'abc', b'' in b'')
try:
    print(256 in b'abc')
except ValueError as e:
    print('ValueError', e)

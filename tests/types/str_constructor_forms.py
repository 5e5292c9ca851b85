# str() constructor: no args, objects, bytes with/without encoding, keyword forms, errors
class R:
    def __repr__(self):
        return 'R-repr'
class S:
    def __str__(self):
        return 'S-str'
print(repr(str()), str(5), str(-2.5), str(None), str([1, 'a']), str((1,)), str({'a': 1}), str(R()), str(S()), str(True), str(1j))
print(str(b'ab'), str(b'ab', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(bytearray(b'x'), encoding='ascii'), str(object='kw'))
print(str(b'\xff', 'utf-8', 'replace'), str(b'\xff', errors='ignore'), str(memoryview(b'mv'), 'ascii'), str(str))
for a, k in ((('x', 'utf-8'), {}), ((5, 'ascii'), {}), ((b'x', 'nope'), {}), (('a', 'b', 'c', 'd'), {}), ((), {'bad': 1}), ((b'\xff', 'ascii'), {})):
    try:
        print(str(*a, **k))
    except (TypeError, LookupError, UnicodeDecodeError) as e:
        print(type(e).__name__)
print(type(str('x')).__name__, str('abc') is not None, str(2**100), str(-0.0), str(float('nan')))

# bytes() constructor forms: int, iterables, str with encoding (positional/keyword), buffers, errors
def t(*a, **k):
    try:
        print(repr(bytes(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t()
t(0)
t(5)
t([1, 2, 255])
t((65, 66))
t(range(97, 100))
t(iter([1, 2]))
t(x for x in (3, 4))
t('abc', 'ascii')
t('é', 'utf-8')
t('é', encoding='latin-1')
t('é', 'ascii', 'replace')
t('é', 'ascii', errors='ignore')
t(string='x', encoding='utf8') if False else t('x', encoding='utf8')
t(bytearray(b'ba'))
t(memoryview(b'mv'))
t(b'copy')
t(-1)
t([256])
t([-1])
t(['a'])
t('abc')
t(5, 'ascii')
t(b'x', 'ascii')
t(1.5)
t(None)
t('é', 'ascii')
t('x', 'nope')
t([1], 'ascii')
class B:
    def __bytes__(self):
        return b'from-bytes'
class I:
    def __index__(self):
        return 3
t(B())
t(I())
t([I(), I()])
t(True)
print(bytes(3) == b'\x00\x00\x00', bytes.fromhex('') == b'', type(bytes(bytearray())).__name__)

# bytearray: construction, item/slice assignment and deletion, methods
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(bytearray, 2); t(bytearray, b"ab"); t(bytearray, "é", "utf-8"); t(bytearray); t(bytearray, [1, 2]); t(bytearray, "x")
ba = bytearray(b"hello")
ba[0] = 72; ba[1:3] = b"EY"; ba += b"!"; ba.append(33); ba.extend([65, 66]); ba.insert(0, 95); print(ba)
print(ba.pop(), ba.pop(0), ba, ba.remove(33), ba)
del ba[0]; del ba[::2]; print(ba)
ba = bytearray(range(10)); ba[::2] = b"abcde"; print(ba)
ba = bytearray(range(10)); ba[2:5] = []; print(ba)
ba = bytearray(range(10)); ba[2:5] = range(3); print(ba)
ba = bytearray(range(10)); ba[2:5] = (x for x in [7]); print(ba)
ba = bytearray(b"abc"); ba[1:2] = memoryview(b"XYZ"); print(ba)
ba = bytearray(b"abc"); ba[0:0] = ba; print(ba)
t(ba.__setitem__, 0, 256); t(ba.__setitem__, 0, b"x"); t(ba.__setitem__, slice(0, 3, 2), b"xyz"); t(ba.__setitem__, slice(0, 1), 5); t(ba.__setitem__, slice(0, 1), "s")
t(ba.__setitem__, slice(0, 1), [300])
print(ba.copy(), ba.clear(), ba, bytearray(b"x") * 3, bytearray(b"abc").reverse())
x = bytearray(b"abc"); x.reverse(); print(x, x.hex(), x.decode(), x.find(b"b"), x.upper(), type(x.upper()).__name__)
x = bytearray(b"ab"); x *= 2; print(x, len(x), x == b"abab", b"abab" == x, hash(b"x") == hash(b"x"))
t(hash, bytearray(b"x"))
print(bytes(ba) is not ba, bytes(b"abc") , b"%d %s %r %x %c %c" % (5, b"bs", b"r", 255, 65, b"z"), bytearray(b"%s") % (b"q",))

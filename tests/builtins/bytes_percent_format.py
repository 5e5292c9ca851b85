# bytes % formatting (PEP 461): %s/%b with bytes-likes, %d/%x/%c, %a, %r, mapping keys, errors
print(b"%s|%b" % (b"bytes", bytearray(b"ba")), b"%s" % memoryview(b"mv"), b"%d %i %x %X %o" % (10, -3, 255, 255, 8))
print(b"%c%c" % (65, b"B"), b"%5s|%-5s|" % (b"r", b"l"), b"%.2s" % b"abcdef", b"%05d|%+d|% d" % (42, 42, 42), b"%%" % ())
print(b"%a %r" % ("\u00e9", "x"), b"%(k)s %(n)d" % {b"k": b"v", b"n": 7}, b"%f %.2e %g" % (1.5, 12345.678, 0.0001))
print(bytearray(b"%s-%d") % (b"x", 1), type(bytearray(b"%s") % (b"q",)).__name__, b"%s" % (b"t",), b"no args" % ())
class WithBytes:
    def __bytes__(self):
        return b"wb"
print(b"%s" % WithBytes(), b"%b" % WithBytes())
for fmt, args in [(b"%s", "str"), (b"%s", 5), (b"%b", [1]), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%d", b"1"), (b"%s %s", (b"a",)),
                  (b"%s", (b"a", b"b")), (b"%(k)s", (b"x",)), (b"%(k)s", {"k": b"v"}), (b"%z", (1,)), (b"%", ())]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)

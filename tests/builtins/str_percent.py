# printf-style % formatting of str
print("%s %r %a" % ("x\u00e9", "x\u00e9", "x\u00e9"))
print("%d %i %u %5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o %c %c" % (255, 255, 8, 255, 255, 8, 65, "z"))
print("%f %.2f %10.3f|%-10.1f|%e %E %g %G %.3g" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1e-10, 1e20, 2 / 3))
print("%(name)s is %(age)d, %(name)r" % {"name": "Bob", "age": 42})
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True))
print("%%" % (), "100%%" % ())
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d" % 3.99, "%d" % -3.99, "%x" % -255, "%o" % -8, "%#x" % 0)
print("%d" % 2 ** 70, "%x" % 2 ** 70, "%.3d" % 7, "%.3x" % 10, "%+.3d" % 7)
print("%s" % b"bytes", "%r" % b"b", "%s" % 1.5, "%r" % 0.1)
print("%c" % 0x1F600, "%5c|%-3c|" % ("a", "b"))
print("%#.3g %#g %.0f %#.0f %.0e %#.0e" % (1.0, 2.0, 2.5, 2.5, 5.0, 5.0))
print("%i%%" % 50)
print("%f %F %e" % (float("inf"), float("-inf"), float("nan")))
print("%05.1f|%-08.2f|%+08.2f|% 08.2f" % (-2.25, 2.5, 2.5, 2.5))
print("%s" % {"a": 1}, "%(a)s" % {"a": [1]})
class S:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
print("%s %r" % (S(), S()))
def err(f, a):
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
err("%d", "x")
err("%s %s", (1,))
err("%s", (1, 2))
err("%(a)s", (1,))
err("%(a)s", {"b": 1})
err("%z", 1)
err("%c", "ab")
err("%c", 0x110000)
err("%", ())
err("%d", None)
err("%x", 1.5)
err("%.2f", "s")
err("%(a", {"a": 1})
err("abc", 5)
err("abc", ())
err("abc", {"a": 1})
err("%s %*d", (1, "x", 2))

# printf-style formatting: mapping keys with parentheses, * width/precision, flags, types
print("%(a)s-%(b)d" % {"a": "x", "b": 3}, "%(a)r %(a)s" % {"a": "q"}, "%(x)5.1f|%(x)-8.2e|" % {"x": 3.14159})
print("%(key with space)s" % {"key with space": 1}, "%(a(b))s" % {"a(b)": "nested"}, "%()s" % {"": "empty"})
print("%*s|%-*s|%.*s|%*.*f" % (5, "ab", 5, "cd", 2, "efgh", 8, 2, 3.14159))
print("%-05d|%+05d|% 5d|%#5x|%#5o|%-#8x|" % (3, 3, 3, 255, 8, 255))
print("%s %s" % (1, [2]), "%s" % (1,), "%s" % [1, 2], "%s" % {"k": 1}, "%r" % "str", "%a" % "\u00e9", "%5%" % () if False else "")
print("%c%c%c" % (72, "i", 0x1F600), "%d%%" % 50, "%.0f%%" % 99.5, "%.3s" % "abcdef", "%-6.2s|" % "xyz")
print("%x %X %o %e %E %f %F %g %G" % (255, 255, 255, 1.5, 1.5, 1.5, 1.5, 1.5e-5, 1.5e20))
print("%d %i %u" % (3.7, -3.7, True), "%x" % True, "%s %s" % (True, None), "%.2f" % 2, "%e" % 10)
class IntLike:
    def __index__(self):
        return 10
class FloatLike:
    def __float__(self):
        return 2.5
print("%x" % IntLike(), "%f" % FloatLike(), "%d" % 2**70, "%s" % b"b", "%r" % 1.0)
def err(fmt, args):
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
err("%(a)s %s", {"a": 1})
err("%s %(a)s", {"a": 1})
err("%*d", ("x", 1))
err("%.*f", (1.5, 1.0))
err("%d", FloatLike())
err("%x", 1.5)
err("%c", -1)
err("%c", "")
err("%y", 1)
err("%s", ())
err("%s %s", [1, 2])
err("no format", (1,))
err("%(a)d", {"a": "s"})
err("%", ())
err("%(a", {})
err("% d %", (1,))
print("%s" % (("tuple",),), "%s %s" % ("a", ("b",)), "%%s" % (), "%%%s" % "x")

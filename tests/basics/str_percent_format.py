# printf-style formatting with %
print("%d %i %s %r" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print("%f %.2f %8.3f|%-8.1f|%e %.2E" % (1.5, 2.345, 3.14159, 2.5, 12345.0, 0.000123))
print("%g %g %g %g" % (100000, 1000000, 0.0001, 0.00001))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%c%c%c" % (72, 105, 33), "%c" % "z")
print("%s" % [1, 2], "%s" % (1,), "%s %s" % ((1, 2), None))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%.3s|%10s|%-10s|" % ("abcdef", "right", "left"))
print("100%%", "%d%%" % 50)
print("%d" % 3.99, "%d" % -3.99, "%s" % 2.0)
print("%.0f %.0f %.1f" % (0.5, 1.5, 0.25))
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError too few")
try:
    "%d" % (1, 2)
except TypeError:
    print("TypeError too many")
try:
    "%d" % "x"
except TypeError:
    print("TypeError bad type")
print("%s and %s" % ("a", "b"), "%%s" % ())
print("%d" % True, "%.2f" % 1)

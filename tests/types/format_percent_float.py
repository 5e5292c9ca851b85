# %-formatting of floats: e f g with flags, width/precision from *, specials, alternate form
vals = [0.0, -0.0, 1.5, -2.25, 1e-5, 123456.789, 1e16, 1e300, 0.1, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print('%e|%E|%f|%F|%g|%G|%.0f|%.3e|%#.0f|%#g|%+.2f|% .1f|%010.3f|%-10.2f|' % ((v,) * 14))
    print('%r|%s|%a|%5.1f%%' % (v, v, v, v))
print('%*.*f|%-*f|%.*e' % (10, 2, 3.14159, 8, 1.5, 1, 12345.678))
print('%(a).2f %(b)e' % {'a': 1.005, 'b': 2.5})
print('%f %d %i %x' % (3, 3.99, -3.99, 255))
print('%.100f' % 0.1)
print('%c' % 65, '%5c|%-5c|' % ('x', 'y'))
for f, a in (('%d', 'x'), ('%x', 1.5), ('%c', 1.5), ('%f', '1'), ('%c', 'ab'), ('%c', 0x110000), ('%.2z', 1)):
    try:
        print(f % a)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

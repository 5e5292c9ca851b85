# %-formatting with * width/precision (negative widths left-justify), combined flags, long outputs
print('[%*d]' % (6, 42), '[%*d]' % (-6, 42), '[%-*d]' % (6, 42), '[%.*f]' % (0, 2.5), '[%.*f]' % (3, 2.5), '[%*.*s]' % (8, 3, 'abcdef'))
print('[%+*d]' % (5, 3), '[%0*d]' % (5, -3), '[%#*x]' % (8, 255), '[% *.*e]' % (12, 2, 12345.678), '[%-*s|' % (4, 'é'))
print('[%*c]' % (3, 'z'), '[%*%]' % () if False else '[%%]' % (), '[%5.1f%%]' % 99.55, '%s' % '%s', '%%s' % ())
print('%.0s|%.1s|%.10s|' % ('abc', 'abc', 'abc'), '%5s|%-5s|' % ('日本', '日本'), '%x|%X|%#o' % (2**64, 2**64, 2**64))
for fmt, args in (('%*d', ('a', 1)), ('%.*d', (1.5, 1)), ('%*d', (1,)), ('%(a)*d', {'a': 1})):
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('%s=%d' % ('x', 1), '%3s|%-3s|%03d' % ('a', 'b', 7), 'x' * 3 % ())

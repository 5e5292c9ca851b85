# %-formatting of str: s r a c d i o x X u with flags, width, precision, * and errors
class R:
    def __repr__(self):
        return 'R\u20ac'
    def __str__(self):
        return 'S'
print('%s|%r|%a|%5s|%-5s|%.2s|%5.1s|' % (R(), R(), R(), 'ab', 'ab', 'xyz', 'xyz'))
print('%d|%i|%u|%o|%#o|%x|%#x|%X|%#X|' % (42, -42, 42, 8, 8, 255, 255, 255, 255))
print('%+d|% d|%05d|%-5d|%+05d|%.3d|%8.3d|%-+8.3x|%#08x|' % (5, 5, -5, 5, 5, 5, 5, 255, 255))
print('%d %x %o' % (2**70, -(2**70), 2**70), '%d' % True, '%x' % False, '%s' % (2**64,))
print('%*d|%-*d|%*s|%.*s|%*.*f|' % (5, 1, 5, 1, -5, 'x', 2, 'abc', 8, 3, 1.0))
print('%%|%c|%c|' % ('x', 0x263a))
print('%s' % 'only', '%s' % ('tup',), '%s' % [1, 2], '%s' % ((1, 2),), '%r' % 'q')
print('no args' % (), 'x' % {}, '%s %s' % ('a', 'b'))
def t(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
t('%s %s', ('a',))
t('%s', ('a', 'b'))
t('%d', '5')
t('%d', 5.7)
t('%x', 5.7)
t('%o', '1')
t('%c', '')
t('%c', -1)
t('%y', 1)
t('%', 1)
t('%(a)s %s', {'a': 1})
t('%s %(a)s', ({'a': 1},))
t('%(a', {'a': 1})
t('%*s', ('x', 'y'))
t('%*s', (5,))
t('abc', 5)
t('abc', 'x')
t('%s', ())
t('%.*f', (1.5, 2.0))
t('%i', 1e100)

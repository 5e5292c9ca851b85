# bytes % formatting: %s %b %r %a %c %d %x with bytes/buffers/ints, errors
print(b'%s|%b|%5s|%-5b|' % (b'ab', bytearray(b'cd'), b'x', memoryview(b'y')))
print(b'%d %i %x %X %o %05d %+d %e %.2f %g' % (5, -5, 255, 255, 8, 42, 3, 1.5, 2.345, 1e20))
print(b'%c%c%c' % (65, b'B', bytearray(b'C')), b'%r %a' % ('é', b'x'), b'%%', b'%(k)s' % {b'k': b'v'})
class BB:
    def __bytes__(self):
        return b'dunder'
print(b'%s' % BB(), bytearray(b'%s!') % b'q', type(bytearray(b'%s') % b'q').__name__)
for fmt, a in ((b'%s', 'str'), (b'%s', 5), (b'%c', 256), (b'%c', b'ab'), (b'%d', b'1'), (b'%s %s', (b'a',)), (b'%y', 1), (b'%(k)s', {'k': b'v'})):
    try:
        print(fmt % a)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)

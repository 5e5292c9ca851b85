# str.format field names: auto/manual numbering, index and attribute lookups, conversions
class P:
    x = 3
    y = [10, 20]
    name = 'pt'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'p-str'
d = {'a': 1, 'k': [5, 6], 'n': {'m': 'deep'}, '0': 'zero-str'}
print('{} {} {}'.format(1, 'b', 2.5))
print('{1} {0} {1}'.format('a', 'b'))
print('{0[0]} {0[1]} {1[a]} {1[k][1]} {1[n][m]}'.format([7, 8], d))
print('{0.x} {0.y[1]} {0.name!r} {p.x}'.format(P(), p=P()))
print('{0!r} {0!s} {0!a} {1!a}'.format(P(), 'é\u20ac'))
print('{a[0]}'.format(a='xyz'), '{a[-1]}'.format(a={'-1': 'neg'}), '{0[0]}'.format({0: 'int-key'}))
print('{{}} {{{0}}} {{0}}'.format(9), '}}{{'.format())
print('{:>{}}|{:{}{}}|'.format('r', 4, 'q', '^', 5))
print('{0:{1}.{2}f}'.format(3.14159, 10, 3), '{x:{w}}'.format(x=5, w='>6'))
print('{!r:>8}'.format('ab'), '{0!s:^9}'.format(P()))
print(format(P(), ''), '{0}'.format(P()))
print('{0.__class__.__name__}'.format(1.5), '{.real}'.format(3j))
print('{0[1]}{0[2]}'.format('abc'), '{:}'.format('x'))

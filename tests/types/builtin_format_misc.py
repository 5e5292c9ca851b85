# format(), str() and repr() dispatch on builtin values and containers
print(format(5), format(5, ''), format([1, 2]), format((1,)), format({1: 2}), format(None), format(True), format(range(3)))
print(format(3.5, '.2f'), format(255, 'x'), format(255, '#b'), format('ab', '>5'), format(-7, '+05d'))
for bad in (([1], 'x'), ((), 'd'), ({}, '5'), (None, 'x'), (object(), '>10')):
    try:
        format(*bad)
    except TypeError as e:
        print('TypeError', type(bad[0]).__name__)
class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
print(format(F(), 'abc'), '{:xyz}'.format(F()), f'{F():q}', format(F()))
class BadF:
    def __format__(self, spec):
        return 1
try:
    format(BadF())
except TypeError as e:
    print('TypeError', e)
print(str([1, 'a']), str(('a',)), str({'a'}), str(frozenset(['a'])), str({'k': 'v'}), str(range(2)), str(slice(1)))
print('%s|%r' % ([1], ['a']), '%s' % ((1, 2),), '{}'.format((1,)), '{0[1]}'.format([5, 6]), '{0[k]}'.format({'k': 'v'}))

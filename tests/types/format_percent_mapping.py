# %-formatting with a mapping: %(name)s, repeated keys, nested parens, non-dict mappings
d = {'name': 'Ann', 'age': 30, 'x': 2.5, '': 'empty', 'a(b)': 'paren'}
print('%(name)s is %(age)d, %(age)05.1f, %(x)+.2e, %(name)r' % d)
print('%()s|%(a(b))s|%(name)-6s|%(name)*s' % d if False else '%()s|%(a(b))s|%(name)-6s|' % d)
print('%(x)s %%' % d, '%%(x)s' % {})
class M:
    def __getitem__(self, k):
        return k * 2
print('%(ab)s-%(c)s' % M())
class DD(dict):
    def __missing__(self, k):
        return '?' + k
print('%(zz)s %(name)s' % DD(name='n'))
for fmt, a in (('%(missing)s', {}), ('%(a)s', ('t',)), ('%(a)s', 5), ('%(a)*d', {'a': 1}), ('%(a)s %d', {'a': 1})):
    try:
        print(fmt % a)
    except Exception as e:
        print(type(e).__name__, e)
print('%s' % {'k': 1}, '%(k)s' % {'k': [1]}, '%s %s' % ({'k': 1}, 2))

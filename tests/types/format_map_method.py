# str.format_map with dicts, dict subclasses with __missing__, and mappings
class D(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b} {c}'.format_map(D(a=1)))
print('{x[0]} {y.real}'.format_map({'x': 'hi', 'y': 2}))
class M:
    def __getitem__(self, k):
        return k.upper()
print('{foo} {bar:>5}'.format_map(M()))
for fmt, m in (('{a}', {}), ('{0}', {}), ('{}', {'': 1}), ('{a}', 5), ('{0}', [1])):
    try:
        print(fmt.format_map(m))
    except Exception as e:
        print(type(e).__name__, e)
try:
    'x'.format_map()
except TypeError:
    print('TypeError')
print(''.format_map({}), 'plain'.format_map({'a': 1}))

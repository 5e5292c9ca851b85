# dict.popitem order and emptiness; pop with and without default
d = {i: str(i) for i in range(5)}
d['x'] = 'X'
del d[2]
d[2] = 'two'
out = []
while d:
    out.append(d.popitem())
print(out)
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e.args)
d = {'a': 1, 'b': 2}
print(d.pop('a'), d)
print(d.pop('zz', None), d.pop('zz', 7), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
try:
    d.pop([1], 0)
except TypeError as e:
    print('TypeError', e)
try:
    d.pop()
except TypeError:
    print('TypeError arity')
print(d.pop(b'x', b'dflt'), d)
d = {1: 'int'}
print(d.pop(1.0), d)
d = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    d.pop(i)
d[100] = 1
print(d.popitem(), list(d))

# dumps/loads round trips of generated structures
import json

def make(seed, depth):
    seed = (seed * 1103515245 + 12345) % 2147483648
    kind = seed % 7 if depth < 4 else seed % 4
    if kind == 0:
        return seed % 1000 - 500
    if kind == 1:
        return (seed % 10000) / 64
    if kind == 2:
        return 'str%d\u00e9"\n' % (seed % 97)
    if kind == 3:
        return [None, True, False][seed % 3]
    if kind == 4:
        return [make(seed + i, depth + 1) for i in range(seed % 5)]
    return {'k%d' % i: make(seed * 7 + i, depth + 1) for i in range(seed % 4)}

count = 0
for s in range(200):
    v = make(s, 0)
    for kw in ({}, {'indent': 2}, {'separators': (',', ':')}, {'ensure_ascii': False}, {'sort_keys': True}):
        text = json.dumps(v, **kw)
        assert json.loads(text) == v, (v, kw)
        count += 1
print('roundtrips', count)
v = make(12345, 0)
print(json.dumps(v))
print(json.dumps(json.loads(json.dumps([1, 2.0, 'x', None, {'a': [True]}]))))
t = json.loads(json.dumps((1, (2, 3))))
print(t, type(t).__name__)

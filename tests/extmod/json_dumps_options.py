# indent, separators, sort_keys, skipkeys, default, allow_nan
import json

data = {'name': 'x', 'list': [1, [2, 3], {}], 'empty': [], 'obj': {'k': None}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, indent='--'))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=1))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(' , ', ' : ')))
print(json.dumps(data, indent=1, separators=(',', ': ')))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError:
    print('TypeError sort')
print(json.dumps({(1, 2): 'skip', 'kept': 1, b'b': 2}, skipkeys=True))

class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y

def enc(o):
    if isinstance(o, Pt):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('cannot encode ' + type(o).__name__)

print(json.dumps([Pt(1, 2), {3, 1, 2}, {'p': Pt(Pt(0, 0), None)}], default=enc))
try:
    json.dumps([object()], default=enc)
except TypeError as e:
    print('TypeError', e)
print(json.dumps([float('nan'), float('inf')]))
for v in (float('nan'), float('inf'), float('-inf'), [1.5, float('inf')]):
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)
print(json.dumps([1.5], allow_nan=False))
print(json.dumps({'a': [1, 2]}, indent=2, sort_keys=True, separators=(',', '= ')))

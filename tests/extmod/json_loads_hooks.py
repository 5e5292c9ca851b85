# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant
import json

doc = '{"a": 1, "b": {"c": 2.5, "d": [1, 2]}, "a": 3}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=lambda p: dict(p), object_hook=lambda d: 'unused'))
print(json.loads(doc, parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('{}', object_hook=lambda d: 'empty'), json.loads('[{}]', object_pairs_hook=tuple))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

def hook(d):
    if set(d) == {'x', 'y'}:
        return Point(d['x'], d['y'])
    return d

print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=hook))
def boom(d):
    raise RuntimeError('hook failed')
try:
    json.loads('{"a": 1}', object_hook=boom)
except RuntimeError as e:
    print('RuntimeError', e)
print(json.loads('[1.5, 2]', parse_float=float, parse_int=float))
print(json.loads('"a\tb"', strict=False) == 'a\tb')

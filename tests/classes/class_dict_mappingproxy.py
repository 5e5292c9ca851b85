# C.__dict__ is a read-only mappingproxy over the class namespace.
class C:
    x = 1
    def m(self):
        return 2
d = C.__dict__
print(type(d).__name__, d['x'], 'm' in d, 'zz' in d, len(d) >= 2)
print(sorted(k for k in d if not k.startswith('__')))
print(d.get('x'), d.get('nope', 'dflt'), sorted(k for k in d.keys() if k in ('x', 'm')))
print(isinstance(d.copy(), dict), d.copy()['x'])
for op in [lambda: d.update({})]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
try:
    d['y'] = 3
except TypeError as e:
    print("TypeError", e)
try:
    del d['x']
except TypeError as e:
    print("TypeError", e)
C.y = 5
print(d['y'], C.__dict__['y'])
print(C.__dict__ == C.__dict__)
try:
    d['nope']
except KeyError as e:
    print("KeyError", e)
print(sorted(k for k, v in d.items() if k in ('x', 'y')))

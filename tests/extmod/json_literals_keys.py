# json: literals and constants (parse_constant), bad literals, dict keys of
# every scalar type (and subclasses), skipkeys, bytes input with BOMs
import json


class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


print(json.loads('[null, true, false, NaN, Infinity, -Infinity, -1, 2.5e3, "x"]'))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C' + s))
for bad in ['nul', 'tru', 'fals', '[-Inf]', '-', 'x', 'NaNx', '-Infinityx', 'Infinit', '  ', '[1,]']:
    try:
        print(json.loads(bad))
    except ValueError as e:
        print('ValueError', e)
d = {1: 'a', 2.5: 'b', True: 'c', None: 'd', S('s'): 'e', I(7): 'f', F(1.5): 'g', False: 0}
print(json.dumps(d))
print(json.dumps(d, indent=1))
print(json.dumps([S('v'), I(3), F(2.0), True, None, -0.0, 1e300]))
print(json.dumps({float('inf'): 1, float('-inf'): 2}))
for bad in [{(1, 2): 3}, {float('nan'): 1}]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'a': 1, 2: (4,)}, skipkeys=True))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': [1, 2]}}, sort_keys=True, indent='\t', separators=(',', '= ')))
print(json.loads(b'\xef\xbb\xbf[1]'))
try:
    json.loads(b'\xef\xbb\xbf\xef\xbb\xbf[1]')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
print(json.loads(b''.join([b'["', 'é€'.encode(), b'"]'])))
print(json.loads(bytearray(b'{"k": [true, null]}')))

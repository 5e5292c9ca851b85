# dict keys are converted to strings as CPython does
import json

print(json.dumps({1: 'int', 2.5: 'float', True: 'true', False: 'false', None: 'null'}))
print(json.dumps({-7: 1, 10 ** 20: 2, 1e100: 3, float('inf'): 4, float('-inf'): 5}))
print(json.dumps({0.1: 'x', 'str': 'y', '': 'empty'}))
print(json.dumps({'\n': 1, '"': 2, '\u00e9': 3}))
for bad in [(1, 2), b'k', frozenset()]:
    try:
        json.dumps({bad: 1})
    except TypeError as e:
        print('TypeError', e)
print(json.loads(json.dumps({1: 2, 3: 4})))

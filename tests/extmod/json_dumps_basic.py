# json.dumps of every basic type, in CPython's default format
import json

for v in [None, True, False, 0, 1, -1, 123456789, 2 ** 64, -(10 ** 30), 0.5, -2.25, 1e100, 1e-7,
          1.0, -0.0, 3.141592653589793, 'abc', '', [], {}, (), [1, 2, 3], (4, 5), {'a': 1},
          [None, True, [False, []]], {'x': {'y': {'z': [1, {'w': None}]}}}]:
    print(json.dumps(v))
print(json.dumps({'b': 1, 'a': 2, 'c': [1, 2]}))
print(json.dumps([{'k': (1, 2)}, ('s', [3])]))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps([0.1, 0.2, 0.1 + 0.2, 1 / 3, 2.5e-300, 12345678.9]))
print(type(json.dumps(1)).__name__)

# subclasses of builtin types encode as their base
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyStr('s'), MyList([1, MyList()]), MyDict(a=MyInt(1))]))
print(json.dumps([True, False, 1]))

# json.loads of values, containers and whitespace
import json

for s in ['null', 'true', 'false', '0', '-1', '42', '"str"', '""', '[]', '{}', '[1, 2, 3]',
          '{"a": 1, "b": [true, false, null]}', '[[[]]]', '[{}, {"x": {}}]',
          ' \t\n\r [ 1 , 2 ] \n', '{"nested": {"deeper": {"deepest": [1, [2, [3]]]}}}',
          '"\\u00e9"', '  "x"  ', '[null,true,false]']:
    v = json.loads(s)
    print(repr(v), type(v).__name__)
d = json.loads('{"z": 1, "a": 2, "m": 3}')
print(list(d))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('["a", {"b": ["c", {"d": "e"}]}]')[1]['b'][1]['d'])
big = json.loads('[' + ','.join(str(i) for i in range(1000)) + ']')
print(len(big), sum(big))
print(json.loads('{"\u00e9": "\u4e2d"}'))
print(json.loads('[1,2]') == [1, 2], json.loads('{"k": [1]}') == {'k': [1]})
nested = '[' * 500 + ']' * 500
v = json.loads(nested)
depth = 0
while v:
    v = v[0]
    depth += 1
print(depth)

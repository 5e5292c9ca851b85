# malformed documents raise JSONDecodeError (a ValueError) with positions
import json

docs = ['', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '[1,2', '{"a":1,}', '{"a" 1}', '{"a":}',
        '{1: 2}', "{'a': 1}", '{"a":1 "b":2}', '[1] x', '1 2', 'tru', 'nul', 'falsy', 'x',
        '[1,\n 2,\n x]', '{\n  "a": 1,\n  "b": oops\n}', '"abc', '[1, 2]]', '{"a": [1, 2}',
        '\ufeff[1]', '"\u00e9\u00e9" x', '[,]', '{,}', '[1,,2]']
for d in docs:
    try:
        json.loads(d)
        print(repr(d), 'no error')
    except json.JSONDecodeError as e:
        print(repr(d), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == d)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e.args)
e = json.JSONDecodeError('Custom', 'line1\nline2', 8)
print(e, e.msg, e.pos, e.lineno, e.colno)
for bad in [None, 1, [1], b'\xff']:
    try:
        json.loads(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
    except ValueError:
        print('ValueError', type(bad).__name__)

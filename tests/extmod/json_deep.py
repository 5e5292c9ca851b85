# deeply nested documents raise an exception instead of exhausting the stack
import json

for n in (100000, 20000):
    for open_, close in (('[', ']'), ('{"a":', '}')):
        doc = open_ * n + '1' + close * n
        try:
            json.loads(doc)
            print('no error')
        except RecursionError:
            print('RecursionError', n, open_)
try:
    json.loads('[' * 100000)
except RecursionError:
    print('RecursionError unterminated')
doc = '[' * 300 + ']' * 300
v = json.loads(doc)
print(json.dumps(v) == doc)
print(json.loads('{"a":' * 100 + '{}' + '}' * 100) is not None)

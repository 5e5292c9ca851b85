# dump to and load from file-like objects
import json
import io

buf = io.StringIO()
json.dump({'a': [1, 2, {'b': None}]}, buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
buf = io.StringIO()
json.dump([1, 2], buf, indent=1)
print(repr(buf.getvalue()))
print(json.load(io.StringIO('  {"x": "y"}  ')))
print(json.load(io.BytesIO(b'[1, "\\u00e9"]')))

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
json.dump({'k': 'v'}, w, separators=(',', ':'))
print(''.join(w.parts))

class Reader:
    def read(self):
        return '[true, false]'
print(json.load(Reader()))
try:
    json.load(io.StringIO('[1,'))
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)

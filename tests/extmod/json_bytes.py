# loads accepts bytes and bytearray (UTF-8, optional BOM)
import json

print(json.loads(b'[1, 2, "x"]'))
print(json.loads(bytearray(b'{"a": true}')))
print(json.loads('"\u00e9"'.encode('utf-8')))
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'))
print(json.loads(b'"\xe2\x82\xac"') == '\u20ac')
try:
    json.loads(b'[1, 2')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e, e.pos)
try:
    json.loads(b'["\xc3\xa9", x]')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e, e.pos)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
try:
    json.loads(b'\xff')
except UnicodeDecodeError:
    print('UnicodeDecodeError')
try:
    json.loads(memoryview(b'[1]'))
except TypeError:
    print('TypeError')

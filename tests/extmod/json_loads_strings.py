# string escapes, \u escapes and surrogate pairs
import json

for s in [r'"a\"b"', r'"back\\slash"', r'"\/"', r'"\b\f\n\r\t"', r'"\u0041\u00e9\u4e2d"',
          r'"\ud83d\ude00"', r'"\uD83D\uDE00"', r'"x\u0000y"', r'"\u00"', r'"\uzzzz"',
          r'"\ud800"', r'"\udc00"', r'"\ud83dx"', r'"\ud83d\u0041"', r'"\ud83d\ud83d\ude00"',
          r'"\q"', '"\u00e9\u20ac"', '"\U0001f600"', r'"ends with backslash\\"',
          '"tab\there"', '"nl\nhere"', '"unterminated', '"a\\', '"ab\\u12']:
    try:
        v = json.loads(s)
        print(len(v), ascii(v))
    except ValueError as e:
        print('ValueError', e)
print(json.loads('"tab\there"', strict=False) == 'tab\there')
print(json.loads('["a\\nb", "c\\u0022d"]'))
print(json.loads('{"k\\u00e9y": 1}'))
s = '"' + 'abc\\n' * 300 + '"'
print(len(json.loads(s)))

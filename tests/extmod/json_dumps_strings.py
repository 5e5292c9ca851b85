# string escaping, with and without ensure_ascii
import json

tests = ['plain', 'quote"back\\slash', 'nl\ncr\rtab\t', 'bs\bff\f', '\x00\x01\x1f\x7f',
         'slash/', 'caf\u00e9', '\u20ac100', '\u4e2d\u6587', '\U0001f600', 'a\U00010000z',
         '\u2028\u2029', '\uffff', 'mixed \u00e9 "q" \n \U0001f40d']
for s in tests:
    print(json.dumps(s))
    print(json.dumps(s, ensure_ascii=False))
print(json.dumps({'\u00e9': '\u00e8'}))
print(json.dumps({'\u00e9': '\u00e8'}, ensure_ascii=False))
long = 'x' * 1000 + '"' + 'y' * 1000
out = json.dumps(long)
print(len(out), out[998:1006])
# round trip through loads
for s in tests:
    assert json.loads(json.dumps(s)) == s
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s
print('roundtrip ok')

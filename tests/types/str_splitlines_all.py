# splitlines with every line boundary CPython uses, keepends, trailing separators
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm\r\r\n'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True), s.splitlines(False) == s.splitlines())
for t in ('', '\n', '\r\n', 'x', 'x\n', '\nx', '\r\r', '\n\r', 'a\x1fb'):
    print(repr(t), t.splitlines(), t.splitlines(1))
print('line\n'.splitlines(keepends=0), 'é\u2028日'.splitlines())
try:
    'a'.splitlines('x')
except TypeError:
    print('TypeError')

# strip/lstrip/rstrip with and without chars, unicode whitespace and characters
for s in ['', '   ', ' \t\n abc \r\x0b\x0c', '\x1c\x1dx\x1e\x1f', '\u3000\xa0y\u2028\u2029', 'xxhixx', 'abcba', 'ééaéé', '日本日']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    for c in ('x', 'ab', 'é', '日', '', 'xyz \t'):
        print(repr(s.strip(c)), repr(s.lstrip(c)), repr(s.rstrip(c)))
print(repr('  a  '.strip(None)), repr('  a  '.lstrip(None)), repr('  a  '.rstrip(None)))
for bad in (1, b'x', ['a']):
    try:
        'abc'.strip(bad)
    except TypeError as e:
        print('TypeError', e)

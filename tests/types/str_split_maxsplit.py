# split/rsplit with sep None/explicit, maxsplit values (0, negative, keyword), unicode whitespace
for s in ['', ' ', '  a  b  c  ', 'a,b,,c,', ',', 'a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u2000m\u3000n', 'héllo wörld  ']:
    for n in (-1, 0, 1, 2, 10):
        print(repr(s.split(None, n)), repr(s.rsplit(None, n)), repr(s.split(maxsplit=n)), repr(s.rsplit(maxsplit=n)))
    print(repr(s.split(',')), repr(s.rsplit(',', 1)), repr(s.split(',', maxsplit=0)))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), 'aaa'.split('aa'), 'aaa'.rsplit('aa'), 'xüxüx'.split('ü', 1))
print('1,2,3'.split(sep=','), '1 2 3'.rsplit(sep=None, maxsplit=1))
for bad in ((''), (1,), ('a', 'b')):
    try:
        print('abc'.split(*bad) if isinstance(bad, tuple) else 'abc'.split(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    'a'.rsplit('')
except ValueError as e:
    print('ValueError', e)
print('a b'.split(None, True), 'a b c'.split(' ', 2**70 > 0))

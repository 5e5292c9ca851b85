# split() and rsplit() of str and bytes: whitespace (ASCII and Unicode) and
# explicit separators, every maxsplit, keyword forms and bad separators.
ss = ['', ' ', 'a', ' a b  c ', 'a,b,,c,', ',a,', '\u3000x\u2003y z\xa0', 'h\xe9 llo w\xf6rld ', 'aXXbXXXc', 'XX', '  lead', 'trail  ', '\tmix\n ed\x1c\x1d sp']
seps = [None, ',', 'X', 'XX', ' ', '\u2003']
for s in ss:
    for sep in seps:
        for m in [-1, 0, 1, 2, 5]:
            for t in (s, s.encode('utf-8')):
                sp = sep if isinstance(t, str) or sep is None else sep.encode()
                try:
                    print(repr(t), repr(sp), m, t.split(sp, m), t.rsplit(sp, m), t.split(sep=sp, maxsplit=m), t.rsplit(maxsplit=m, sep=sp))
                except Exception as e:
                    print(type(e).__name__, e)
    print(s.split(), s.rsplit(), bytearray(s.encode()).split(), bytearray(s.encode()).rsplit(b' ', 1))
for bad in ['', b'', 1]:
    try:
        print('abc'.split(bad))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print('abc'.rsplit(bad))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(b'abc'.rsplit(bad))
    except Exception as e:
        print(type(e).__name__, e)

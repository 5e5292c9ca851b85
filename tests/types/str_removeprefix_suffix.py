# removeprefix/removesuffix: found, not found, empty, whole string, unicode, subclass results, errors
for s in ('', 'abc', 'abcabc', 'é日é', 'test_file.py'):
    for a in ('', 'a', 'abc', 'é', 'é日é', 'test_', '.py', 'c', 'x'):
        print(repr(s.removeprefix(a)), repr(s.removesuffix(a)))
class S(str):
    pass
print(type(S('ab').removeprefix('a')).__name__, type(S('ab').removeprefix('z')).__name__)
for bad in (None, 1, b'a', ('a',)):
    try:
        'abc'.removeprefix(bad)
    except TypeError as e:
        print('TypeError', e)

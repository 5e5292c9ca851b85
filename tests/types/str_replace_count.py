# replace with count (0, negative, big), empty old, unicode, big inputs
for s in ('', 'a', 'aaa', 'abcabc', 'héhé', '日本日本'):
    for old, new in (('a', 'X'), ('', '-'), ('abc', ''), ('é', 'ee'), ('日', '月'), ('aa', 'a'), ('zz', 'y')):
        print(repr(s.replace(old, new)), repr(s.replace(old, new, 1)), repr(s.replace(old, new, 0)), repr(s.replace(old, new, -5)), repr(s.replace(old, new, 2)))
big = 'ab' * 50000
r = big.replace('a', 'xyz')
print(len(r), r[:9], big.replace('ab', '').__len__(), big.replace('b', '', 49999)[-4:])
print('abc'.replace('', '') , 'x'.replace('x', 'x' * 3, 10))
for bad in ((1, 'a'), ('a', 1), ('a', 'b', 'c')):
    try:
        'abc'.replace(*bad)
    except TypeError:
        print('TypeError')
print('aaa'.replace('a', 'b', True))

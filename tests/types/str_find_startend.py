# find/rfind/index/rindex/count with start/end (negative, None, out of range), unicode
s = 'abcabcABCé日abc'
for sub in ('abc', 'c', '', 'é', '日a', 'zz', 'A'):
    for se in ((), (1,), (-3,), (3, 9), (-10, -2), (None, 5), (5, None), (100,), (-100, 100), (9, 3), (14, 14), (15,)):
        print(sub, se, s.find(sub, *se), s.rfind(sub, *se), s.count(sub, *se))
for f in (s.index, s.rindex):
    for a in (('zz',), ('a', 20), ('é', 0, 9)):
        try:
            print(f(*a))
        except ValueError as e:
            print('ValueError', e)
print(''.find(''), ''.rfind(''), ''.count(''), 'abc'.count('', 1), 'abc'.find('', 4), 'abc'.rfind('', 4), 'abc'.count('', 5))
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa', 0, 3))
try:
    s.find(1)
except TypeError as e:
    print('TypeError', e)
try:
    s.find('a', 'b')
except TypeError:
    print('TypeError')
class I:
    def __index__(self):
        return 3
print(s.find('a', I()), s.index('c', True))

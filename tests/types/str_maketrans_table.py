# str.maketrans forms and translate with dicts, None deletions, long replacements, lookup objects
t1 = str.maketrans('abc', 'xyz')
print(sorted(t1.items()), 'aabbcc'.translate(t1))
t2 = str.maketrans('ab', 'AB', 'cé')
print(sorted(t2.items()), 'abcdeé'.translate(t2))
t3 = str.maketrans({'a': 'ALPHA', 'b': None, 99: 'C', 'é': 101})
print(sorted(t3.items()), 'abcé'.translate(t3))
print('hello'.translate({ord('l'): 'L' * 3, ord('o'): None}), 'abc'.translate({}), ''.translate(t1))
class Upper:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return k - 32
print('abxc'.translate(Upper()))
for bad in ((1,), ('ab', 'c'), ({'ab': 1},), ({1.5: 'x'},), ('a', 'b', 1), ('a',)):
    try:
        print(str.maketrans(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ({ord('a'): 1.5}, {ord('a'): 0x110000}, {ord('a'): b'x'}):
    try:
        print('a'.translate(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# all, any, len on every kind of iterable / sized object
print(all([]), any([]), all([1, 'a', [0]]), all([1, 0]), any([0, '', None, 1]), any(x > 3 for x in range(5)))
print(all('abc'), all(''), any({0: 1}), all({0: 1}), any(range(0)), any(range(2)), all(iter([True, True])))
seen = []
def g():
    for v in (1, 0, 1):
        seen.append(v)
        yield v
print(all(g()), seen)
seen.clear()
print(any(g()), seen)
for bad in (1, None):
    try:
        all(bad)
    except TypeError as e:
        print('TypeError', e)
print(len([]), len('héllo'), len(b'ab'), len((1,)), len({1: 2}), len({1}), len(range(5)), len(frozenset('aab')), len(bytearray(3)), len({}.keys()))
class L:
    def __len__(self): return 5
print(len(L()))
for bad in (5, None, iter([]), (x for x in [])):
    try:
        len(bad)
    except TypeError as e:
        print('TypeError', e)
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print('ValueError', e)
class Flt:
    def __len__(self): return 1.5
try:
    len(Flt())
except TypeError as e:
    print('TypeError', e)
class Huge:
    def __len__(self): return 2**70
try:
    len(Huge())
except OverflowError as e:
    print('OverflowError', e)
class BoolLen:
    def __len__(self): return True
print(len(BoolLen()))

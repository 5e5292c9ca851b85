# list() from every kind of iterable, and list.__init__ re-initialisation
print(list(range(3)), list('héllo'), list(b'ab'), list(bytearray(b'c')), list((1,)), list({1: 'a', 2: 'b'}), list({1: 'a'}.items()))
print(list(x * 2 for x in range(3)), list(map(str, [1])), list(zip('ab', 'cd')), list(enumerate('ab')), list(reversed('ab')), list(iter([4])))
print(list(frozenset([7])), list(range(10, 0, -3)), list(memoryview(b'xy')), list(filter(None, [0, 1])), list(iter(lambda: 1, 1)))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError
class It:
    def __iter__(self):
        yield 'a'
        yield 'b'
print(list(Seq()), list(It()))
l = [1, 2, 3]
l.__init__('xy')
print(l)
l.__init__()
print(l)
a = [1, 2]
b = list(a)
print(b == a, b is a)
try:
    list(5)
except TypeError as e:
    print('TypeError', e)
class Bad:
    def __iter__(self):
        return 42
try:
    list(Bad())
except TypeError as e:
    print('TypeError', e)
class LenLies:
    def __len__(self): return 1000
    def __iter__(self): return iter([1, 2])
print(list(LenLies()))
print(len(list(range(100000))), list(range(5))[::-1])

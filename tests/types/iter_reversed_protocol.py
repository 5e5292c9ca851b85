# reversed on sequences, __reversed__, __len__ + __getitem__
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('héllo')), list(reversed(b'ab')), list(reversed(bytearray(b'xy'))))
print(list(reversed([])), list(reversed(range(3))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
class NoLen:
    def __getitem__(self, i): return i
for bad in (NoLen(), 5, {1, 2}, iter([1]), (x for x in []), None):
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError', type(bad).__name__)
class NotRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NotRev())
except TypeError as e:
    print('TypeError', e)
l = [1, 2, 3]
r = reversed(l)
print(next(r))
l.clear()
print(list(r))
l = [1, 2, 3]
r = reversed(l)
l.append(4)
print(list(r))
print(type(reversed([])).__name__, type(reversed(())).__name__)
class BadLen:
    def __len__(self): return -1
    def __getitem__(self, i): return i
try:
    reversed(BadLen())
except ValueError as e:
    print('ValueError', e)

# reversed() over every sequence kind and user sequences; length hints while iterating
for seq in [[1, 2, 3], (1, 2, 3), "abc", b"abc", bytearray(b"abc"), range(3), range(10, 0, -3), {"a": 1, "b": 2}, {"a": 1}.values(), {"a": 1}.items(), [], ""]:
    r = reversed(seq)
    print(type(seq).__name__, list(r), list(r))
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return "s%d" % i
class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])
class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
print(list(reversed(Seq())), list(reversed(Rev())))
for bad in [NotRev(), {1, 2}, iter([1]), 5, None, (x for x in "a")]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
r = reversed([1, 2, 3, 4])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
l = [1, 2, 3]
r = reversed(l)
l.append(4)
print(list(r))
l = [1, 2, 3]
r = reversed(l)
next(r)
l.clear()
print(list(r))

# reversed() with __reversed__ and with the sequence protocol
class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        return iter(["custom"] + self.data[::-1])
print(list(reversed(Rev([1, 2, 3]))))
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if not 0 <= i < 4:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()))
try:
    reversed(object())
except TypeError:
    print("TypeError")
print(list(reversed([1, 2])), list(reversed((3, 4))), "".join(reversed("abc")), list(reversed(range(0, 10, 3))))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(reversed({"a": 1, "b": 2})) if hasattr(dict, "__reversed__") else ["b", "a"])

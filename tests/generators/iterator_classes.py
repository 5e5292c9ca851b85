# iterator classes vs iterable classes
class Iterable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return Iterator(self.data)
class Iterator:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        v = self.data[self.i]
        self.i += 1
        return v
c = Iterable("xyz")
print(list(c), list(c), [(a, b) for a in c for b in c][:4])
it = iter(c)
print(next(it), list(it), list(it))
class Stubborn:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n >= 3:
            raise StopIteration
        return self.n
s = Stubborn()
print(list(s))
print(list(s))
lst = [1, 2, 3]
li = iter(lst)
print(next(li), type(li).__name__ == type(iter([])).__name__, iter(li) is li)
print(list(zip(Iterable([1, 2, 3]), Iterable("ab"))))

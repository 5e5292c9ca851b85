# subclassing list
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    @property
    def size(self):
        return len(self)
s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.size, s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s * 2, sorted(Stack([3, 1, 2])))
class Logged(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.log = []
    def append(self, x):
        self.log.append(x)
        super().append(x)
    def __setitem__(self, i, v):
        self.log.append(("set", i))
        super().__setitem__(i, v)
l = Logged([1, 2])
l.append(3)
l[0] = 10
print(l, l.log, len(l), l[1:], 3 in l)
l.extend([4])
print(l)
class Sorted(list):
    def add(self, x):
        i = 0
        while i < len(self) and self[i] < x:
            i += 1
        self.insert(i, x)
sl = Sorted()
for v in [5, 1, 4, 2, 3]:
    sl.add(v)
print(sl, sl == [1, 2, 3, 4, 5])
for item in Stack([7, 8]):
    print("iter", item)

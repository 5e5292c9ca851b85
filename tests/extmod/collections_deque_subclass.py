# a user class can derive from deque
from collections import deque

class Stack(deque):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(list(s), s.peek(), len(s), s.pop(), list(s))
print(isinstance(s, deque), s.maxlen)

class Window(deque):
    def __init__(self, iterable=(), maxlen=None):
        super().__init__(iterable, maxlen)
        self.seen = 0
    def add(self, x):
        self.seen += 1
        self.append(x)
        return sum(self) / len(self)

w = Window([], 3)
print([w.add(x) for x in [3, 6, 9, 12]], w.seen, list(w), w.maxlen)
# a queue simulation using popleft
q = deque()
out = []
for i in range(10):
    q.append(i)
    if i % 2:
        out.append(q.popleft())
print(out, list(q))
r = Window([1, 2, 3], 2)
print(list(r), r.maxlen, r.seen)
# __init__ with other arguments than deque's
class Ring(deque):
    def __init__(self, n):
        super().__init__(maxlen=n)
        self.n = n
g = Ring(2)
g.extend('abc')
print(list(g), g.maxlen, g.n, g)
g.extend('d')
print(type(g).__name__, list(g))

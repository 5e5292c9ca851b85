# A subclass of a builtin type whose __init__ takes other arguments and
# builds the base with super().__init__(...).
import collections
class Q(collections.deque):
    def __init__(self, n):
        super().__init__([], n)
q = Q(2)
for i in range(4):
    q.append(i)
print(list(q), q.maxlen, isinstance(q, collections.deque))
class I(int):
    def __init__(self, v):
        self.extra = v * 2
i = I(5)
print(i + 1, i.extra)
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(L(1, 2), len(L(3, 4)))
class D(dict):
    def __init__(self, k):
        super().__init__({k: 1})
print(D('x'))
class S(str):
    def __init__(self, v):
        self.orig = v
s = S('abc')
print(s.upper(), s.orig)
class B(bytearray):
    def __init__(self, n):
        super().__init__(b'x' * n)
print(B(3))

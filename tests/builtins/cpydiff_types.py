# the "differences from CPython" cases about builtin types: CPython's output
class A:
    def __init__(self):
        self._p = {"a": 10}
    @property
    def p(self):
        return self._p
class B(A):
    @property
    def p(self):
        return super().p
print(B().p)
try:
    [].append()
except TypeError:
    print("TypeError")
e = Exception()
e.x = 0
print(e.x)
class MyE(Exception):
    def __init__(self):
        Exception.__init__(self)
        self.y = 1
print(MyE().y, MyE().args)
b = bytearray(4)
b[0:1] = [1, 2]
print(b)
print(bytes("abc", encoding="utf8"), str(b"abc", encoding="utf8"), str(b"abc", "utf8"), bytes("abc", "utf8"))
print(b"123"[0:3:2])
print("%0.1g" % -9.9)
class I(int):
    __add__ = lambda self, other: I(int(self) + other)
a = I(42)
print(a + a)
l = [1, 2, 3, 4]
del l[0:4:2]
print(l)
l = [10, 20]
l[0:1] = range(4)
print(l)
l = [1, 2, 3, 4]
l[0:4:2] = [5, 6]
print(l)
print("abc".endswith("c", 1), "{a[0]}".format(a=[1, 2]), "abc".ljust(10) + "|", "a a a".rsplit(None, 1))
class S(str):
    pass
print(S("hello") == "hello", "hello" == S("hello"), S("a") < "b", S("x") + "y", "abcdefghi"[0:9:2], (1, 2, 3, 4)[0:4:2])
print(next(iter(range(0)), 42))

# classmethods of builtin types (fromkeys, fromhex, from_bytes, maketrans) and their use on subclasses
class D(dict): pass
class B(bytes): pass
class BA(bytearray): pass
class I(int): pass
class F(float): pass
class S(str): pass
print(type(D.fromkeys([1, 2])).__name__, D.fromkeys([1, 2], 0), dict.fromkeys("ab", []), {}.fromkeys("x"))
print(type(B.fromhex("61")).__name__, B.fromhex("6162"), type(BA.fromhex("00")).__name__, bytes.fromhex("ff"), bytearray.fromhex("01 02"))
print(type(I.from_bytes(b"\x01", "little")).__name__, I.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(type(F.fromhex("0x1p3")).__name__, F.fromhex("0x1p3"), float.fromhex("-0x1.8p1"))
print(S.maketrans("a", "b"), str.maketrans("ab", "cd"), type(S.maketrans({})).__name__, "abc".translate(S.maketrans("abc", "xyz")))
print(bytes.maketrans(b"a", b"b")[97], bytearray.maketrans(b"ab", b"cd")[97:99], b"aab".translate(bytes.maketrans(b"a", b"z")))
print(dict.fromkeys.__name__, bytes.fromhex.__name__, int.from_bytes.__self__ is int if hasattr(int.from_bytes, "__self__") else "", callable(dict.fromkeys))
d = D.fromkeys("ab", 1)
d["c"] = 2
print(d, isinstance(d, dict), type(d | {}).__name__, type(d.copy()).__name__)
try:
    dict.fromkeys(5)
except TypeError as e:
    print("TypeError", e)
try:
    bytes.fromhex(5)
except TypeError as e:
    print("TypeError")
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
print(D.fromkeys("ab", 1))
class E(dict):
    def __init__(self, req):
        super().__init__()
try:
    E.fromkeys("a")
except TypeError as e:
    print("TypeError")
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 100)
print(I.from_bytes(b"\x01", "big"), type(I.from_bytes(b"\x01", "big")).__name__)
class F(float):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
print(F.fromhex("0x1p0"))

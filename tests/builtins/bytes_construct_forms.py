# bytes()/bytearray() from every source kind, with keyword arguments and errors
class WithBytes:
    def __bytes__(self):
        return b"custom"
class WithIndex:
    def __index__(self):
        return 3
class BadBytes:
    def __bytes__(self):
        return "not bytes"
srcs = [(), (0,), (3,), (b"abc",), (bytearray(b"x"),), (memoryview(b"mv"),), ([65, 66],), ((67,),), (range(68, 70),), (iter([70]),),
        ("text", "ascii"), ("t\u00e9xt", "utf-8"), ("t\u00e9xt", "latin-1"), ("x", "utf-8", "strict"), (WithBytes(),), (WithIndex(),), ({1: 2},), ({3},)]
for args in srcs:
    for T in (bytes, bytearray):
        try:
            print(T.__name__, T(*args))
        except Exception as e:
            print(T.__name__, type(e).__name__, e)
print(bytes(source=b"kw"), bytes("k", encoding="ascii"), bytearray(source=[1]), bytes(b"x", ) == b"x", bytes([]) == b"")
for args, kw in [((), {"encoding": "utf-8"}), (("s",), {}), ((1.5,), {}), ((-1,), {}), (([256],), {}), ((["a"],), {}), ((BadBytes(),), {}),
                 ((5, "utf-8"), {}), ((b"b", "utf-8"), {}), ((), {"errors": "strict"}), (("s",), {"errors": "strict"}), ((None,), {})]:
    try:
        print(bytes(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(type(bytes(WithBytes())).__name__, bytes(bytearray(b"\x00\x01")), len(bytes(1000)), bytearray(2) + b"!")
class L(list): pass
print(bytes(L([1,2])), bytearray(L([3])))
class G:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i + 65
print(bytes(G()), bytearray(G()))
b = bytearray(b"x"); b.extend(L([66])); b.extend(G()); print(b)

# messages of exceptions raised by builtin operations (CPython wording)
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: [][0]); t(lambda: ()[0]); t(lambda: ""[0]); t(lambda: b""[0]); t(lambda: bytearray()[0]); t(lambda: range(0)[0])
t(lambda: {}["k"]); t(lambda: {}[1]); t(lambda: {}[(1, 2)]); t(lambda: set().pop()); t(lambda: {}.popitem()); t(lambda: [].pop())
t(lambda: [1].remove(2)); t(lambda: [1].index(2)); t(lambda: (1,).index(2)); t(lambda: "a".index("b")); t(lambda: b"a".index(b"b"))
t(lambda: 1 / 0); t(lambda: 1 // 0); t(lambda: 1 % 0); t(lambda: 1.0 / 0); t(lambda: 1.0 // 0.0); t(lambda: 1.0 % 0.0); t(lambda: divmod(1, 0))
t(lambda: 1 + "a"); t(lambda: "a" + 1); t(lambda: [] + ()); t(lambda: () + []); t(lambda: 1 - "a"); t(lambda: "a" - 1); t(lambda: {} + {})
t(lambda: 1 < "a"); t(lambda: [] < {}); t(lambda: None < None); t(lambda: {1} < [1]); t(lambda: 1j < 2j); t(lambda: -"a"); t(lambda: ~1.5)
t(lambda: len(5)); t(lambda: iter(5)); t(lambda: next([])); five, none, st = 5, None, "a"
t(lambda: five()); t(lambda: none()); t(lambda: st()); t(lambda: hash([]))
t(lambda: (1).x); t(lambda: "a".x); t(lambda: [].x); t(lambda: None.x); t(lambda: int.x); t(lambda: len.x)
t(lambda: int("a")); t(lambda: int("1.5")); t(lambda: float("a")); t(lambda: int("9" * 5, 8)); t(lambda: complex("x"))
t(lambda: [1, 2, 3][1:2:0]); t(lambda: "abc"[st]); t(lambda: [1][st]); t(lambda: (1,)[none]); t(lambda: {}[[]])
t(lambda: [].__setitem__(0, 1)); t(lambda: "a".__setitem__(0, "b") if hasattr("a", "__setitem__") else (_ for _ in ()).throw(TypeError("'str' object does not support item assignment")))
def assign_str():
    s = "abc"
    s[0] = "x"
t(assign_str)
def del_tuple():
    tp = (1, 2)
    del tp[0]
t(del_tuple)
def unpack_many():
    a, b = [1, 2, 3]
t(unpack_many)
def unpack_few():
    a, b, c = [1, 2]
t(unpack_few)
def unpack_int():
    a, b = 5
t(unpack_int)
t(lambda: chr(-1)); t(lambda: ord("ab")); t(lambda: bytes([300])); t(lambda: "x" * "y"); t(lambda: [1] * 1.0); t(lambda: pow(2, 3, 0))
t(lambda: sum(["a", "b"], "")); t(lambda: max([])); t(lambda: min(())); t(lambda: sorted([1, "a"])); t(lambda: list(5)); t(lambda: dict([1]))
t(lambda: "a".join([1])); t(lambda: ",".join(["a", 2])); t(lambda: "%d" % "a"); t(lambda: "%s %s" % ("a",))
t(lambda: int(None)); t(lambda: float(None)); t(lambda: float([])); t(lambda: str(b"x", "nope")); t(lambda: b"x".decode("nope"))

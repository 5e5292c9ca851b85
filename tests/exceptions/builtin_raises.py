# exceptions raised by builtin operations (print only the class name)
one_point_o = 1.0
cases = [
    ("1/0", lambda: 1 / 0),
    ("1//0", lambda: 1 // 0),
    ("1%0", lambda: 1 % 0),
    ("1.0/0", lambda: 1.0 / 0),
    ("{}[k]", lambda: {}["k"]),
    ("[][0]", lambda: [][0]),
    ("()[5]", lambda: ()[5]),
    ("''[1]", lambda: ""[1]),
    ("1+'a'", lambda: 1 + "a"),
    ("'a'+1", lambda: "a" + 1),
    ("[]+()", lambda: [] + ()),
    ("None.x", lambda: None.x),
    ("(1).nope", lambda: (1).nope),
    ("undefined", lambda: undefined_name_xyz),
    ("int('x')", lambda: int("x")),
    ("[].pop()", lambda: [].pop()),
    ("iter(5)", lambda: iter(5)),
    ("next(iter([]))", lambda: next(iter([]))),
    ("len(5)", lambda: len(5)),
    ("hash([])", lambda: hash([])),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("[1][1.0]", lambda: [1][one_point_o]),
    ("2 % 0.0", lambda: 2 % 0.0),
    ("chr(-1)", lambda: chr(-1)),
    ("(1,2).x = 1", lambda: setattr((1, 2), "x", 1)),
    ("a,b = 1", lambda: exec("a, b = 1")),
    ("dict([1])", lambda: dict([1])),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("set().remove(1)", lambda: set().remove(1)),
    ("int.nope", lambda: int.nope),
    ("list(None)", lambda: list(None)),
    ("-'s'", lambda: -"s"),
    ("{}.popitem()", lambda: {}.popitem()),
    ("bytes([300])", lambda: bytes([300])),
    ("float('z')", lambda: float("z")),
    ("[1,2,3][::0]", lambda: [1, 2, 3][::0]),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("ord('')", lambda: ord("")),
]
for name, fn in cases:
    try:
        fn()
        print(name, "no exception?!")
    except Exception as e:
        print(name, type(e).__name__)

# differential check: methods of builtin containers called with pseudo-random arguments (result or exception type)
seed = 11
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def pick(s):
    return s[rnd(len(s))]
pool = [0, 1, -1, 3, 2.5, None, True, "", "a", "ab", b"a", bytearray(b"b"), [], [1], (), ("a",), {}, {1: 2}, {1}, range(2), len, 2**70]
def targets():
    return ["hello", b"hello", bytearray(b"hello"), [3, 1, 2], (1, 2, 1), {"a": 1, "b": 2}, {1, 2}, frozenset({1, 2}), range(5)]
def show(v):
    if type(v).__name__.endswith("iterator") or isinstance(v, (map, zip, enumerate, reversed)):
        return repr(list(v))
    if isinstance(v, (set, frozenset)):
        return repr(sorted(v, key=repr))
    return repr(v)
for n in range(2500):
    obj = pick(targets())
    names = [m for m in dir(obj) if not m.startswith("__") or m in ("__getitem__", "__contains__", "__add__", "__mul__", "__len__")]
    name = pick(names)
    args = [pick(pool) for _ in range(rnd(3))]
    try:
        r = show(getattr(obj, name)(*args))
    except Exception as e:
        r = type(e).__name__
    if "object at 0x" in r:
        r = "<addr>"
    print(n, type(obj).__name__, name, [type(a).__name__ for a in args], r)

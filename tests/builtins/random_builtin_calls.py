# differential check: builtin functions called with pseudo-random argument lists (result or exception type)
seed = 8
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def pick(s):
    return s[rnd(len(s))]
pool = [0, 1, -1, 7, -7, 1000, -1000, True, False, 0.0, -0.0, 2.5, -2.5, 1e300, float("inf"), float("nan"), 1j, 2 - 3j,
        "", "a", "abc", "12", " 3 ", "\u00e9", b"", b"a", bytearray(b"xy"), [], [1, 2], (), (1, "a"), {}, {1: 2}, set(), {3}, frozenset([1]),
        None, range(3), slice(1, 2), len, int, object()]
funcs = [abs, bool, callable, chr, complex, dict, divmod, enumerate, float, format, frozenset, hash, hex, isinstance, iter, len,
         list, max, min, oct, ord, pow, repr, reversed, round, set, sorted, str, sum, tuple, type, zip, bin, ascii, any, all, filter, map, next, getattr, hasattr]
def show(v):
    if isinstance(v, (map, filter, zip, enumerate, reversed)) or type(v).__name__.endswith("iterator"):
        return type(v).__name__ + ":" + repr(list(v))
    if isinstance(v, float) and v != v:
        return "nan"
    if type(v) is object:
        return "object"
    if isinstance(v, (int, str)) and hash(v) != hash(v):
        return "bad"
    return repr(v) if not callable(v) or isinstance(v, type) else repr(v)
for n in range(2500):
    f = pick(funcs)
    nargs = rnd(4)
    args = [pick(pool) for _ in range(nargs)]
    if f is hash:
        try:
            r = "hash-ok" if hash(args[0]) == hash(args[0]) else "hash-bad"
        except Exception as e:
            r = type(e).__name__
        print(n, f.__name__, len(args), r)
        continue
    try:
        r = show(f(*args))
    except Exception as e:
        r = type(e).__name__
    if "object at 0x" in r:
        r = "<addr>"
    print(n, f.__name__, [type(a).__name__ for a in args], r)

# builtin functions used as first-class values: passed to map/sorted/filter, stored, compared, hashed
fns = [len, abs, str, repr, sorted, sum, max, min, bool, int, float, list, tuple, type, hash, id, callable, iter, ord, chr]
print([f.__name__ for f in fns])
table = {len: "len", abs: "abs"}
print(table[len], len in table, len == len, len != abs, sorted([abs, len], key=lambda f: f.__name__)[0].__name__)
print(list(map(len, ["a", "bb"])), list(map(abs, [-1, 2])), list(map(str, [1, None])), list(map(repr, ["s"])), list(map(ord, "ab")), list(map(chr, [65])))
print(sorted(["ccc", "a", "bb"], key=len), max(["x", "yyy"], key=len), list(filter(callable, [len, 1, str, "s"])), list(map(bool, [0, 1, ""])))
ops = {"+": sum, "max": max, "min": min}
print({k: f([3, 1, 2]) for k, f in ops.items()})
compose = lambda f, g: lambda x: f(g(x))
print(compose(len, str)(12345), compose(abs, int)("-7"), compose(list, reversed)("ab"), compose(sorted, set)("banana"))
apply = lambda f, *a, **k: f(*a, **k)
print(apply(max, 1, 5, 3), apply(sorted, [3, 1], reverse=True), apply(int, "ff", base=16), apply(print, "via apply", end="!\n"))
print(type(len).__name__, type(print).__name__, repr(len), repr(max), hash(len) == hash(len), isinstance(len, type(abs)))
import builtins
print(getattr(builtins, "len") is len, [n for n in ("len", "nonexistent_fn") if hasattr(builtins, n)])

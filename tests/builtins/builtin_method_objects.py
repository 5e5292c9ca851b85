# unbound methods of builtin types: reprs, names, calling through the class, self checks
print(repr(str.join), repr(int.__add__), repr(list.append), repr(str.__len__) if hasattr(str, "__len__") else "")
print(repr(int), repr(type), repr(object), repr(KeyError), repr(type(None)), repr(type(len)), repr(property), repr(type(iter([]))))
print(str.join.__name__, list.append.__name__, int.__add__.__name__, dict.fromkeys.__name__, type(str.join).__name__, type(int.__add__).__name__)
print(int.__add__.__qualname__, int.__add__.__objclass__)
print(str.join(",", ["a", "b"]), str.upper("x"), list.__len__([1, 2]), dict.get({1: 2}, 1), set.union({1}, [2]), bytes.hex(b"\x01"))
print(int.__add__(3, 4), int.__mul__(3, 4), int.__neg__(5), float.__truediv__(1.0, 4), str.__add__("a", "b"), list.__getitem__([5, 6], -1))
print(int.__add__(1, 1.5), float.__add__(1.5, 1j), int.__lt__(1, 2.5), str.__mul__("ab", 2), tuple.__add__((1,), (2,)))
l = []
list.append(l, 1); list.extend(l, [2, 3]); list.insert(l, 0, 0); print(l, list.pop(l), list.index(l, 2), list.count(l, 1))
d = {}
dict.__setitem__(d, "k", 1); dict.update(d, a=2); print(d, dict.keys(d), dict.__contains__(d, "a"), dict.__len__(d))
for bad in [lambda: str.join(1, []), lambda: list.append((), 1), lambda: int.__add__("a", 1), lambda: str.upper(b"x"), lambda: dict.get([], 1),
            lambda: list.append(), lambda: set.add(frozenset(), 1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError")
m = [3, 1, 2].sort
print(m() is None, callable(str.strip), callable(int.__add__), list.append == list.append, [].append == [].append, int.__add__ == int.__add__, str.join != str.split)
ups = list(map(str.upper, ["a", "b"]))
print(ups, sorted(["b", "A", "c"], key=str.lower), list(map(int.__neg__, [1, 2])), list(filter(str.isdigit, ["1", "x"])))

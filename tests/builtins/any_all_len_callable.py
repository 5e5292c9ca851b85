# any/all short-circuiting and truthiness, len of everything, callable of everything
def gen(seq, log):
    for v in seq:
        log.append(v)
        yield v
log = []
print(any(gen([0, 0, 3, 4], log)), log)
log = []
print(all(gen([1, 2, 0, 4], log)), log)
print(any([]), all([]), any([[]]), all([[]]), any(["", 0, None, 0.0, 0j, (), {}]), all(["x", 1, [0]]), any(iter([False, True])))
print(any({0: 1}), all({1: 0}), any("a"), all(""), any(range(0)), all(range(1, 5)), any(x > 3 for x in range(5)))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(any([Truthy(False), Truthy(True)]), all([Truthy(True), Truthy(False)]))
for v in ["abc", "", b"xy", bytearray(3), [1, 2], (), {1: 2, 3: 4}, {1}, frozenset(), range(10), range(0, 10, 3), memoryview(b"abcd"), {}.keys(), {1: 2}.items()]:
    print(type(v).__name__, len(v))
for bad in [5, 5.0, None, len, iter([]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
class L:
    def __len__(self):
        return 3
print(len(L()), bool(L()))
class C:
    def __call__(self):
        pass
for v in [len, print, int, type, object, C, C(), L(), lambda: 0, [].append, str.join, int.__add__, 1, "s", None, staticmethod(len), classmethod(len), property()]:
    print(callable(v), end=" ")
print()

# conversions between builtin types
print(int("12"), float("1.5"), str(12), bool(""), list("ab"), tuple([1]), set([1, 1]))
print(int(3.99), int(-3.99), int("0"), float(3), float(True))
print(list({1: 2}), list({1: 2}.items()), dict([("a", 1)]))
print(str(1.0), str(-0.5), str(1e20), str(1e-4))
print(repr(1.0), repr("s"), repr(b"s"), repr([1, "a"]), repr((None,)))
print(list(range(3)), tuple(range(0)), frozenset("a") == {"a"})
print(bytes([104, 105]), bytearray("hi", "utf-8"), list(b"hi"))
print(type(int("5")).__name__, type(float("5")).__name__, type(str(5)).__name__)
print(int(" -12 "), float(" 2.5 "), float("-.5"), float("5."))
print(ord("x"), chr(120), hex(16), int(hex(16), 16))
print(bool(0.0), bool(0j), bool([[]]), bool(" "))
print(str(), int(), float(), list(), tuple(), dict(), bool())
for bad in ["x", "1.2.3", "", "1e"]:
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
try:
    int([1])
except TypeError:
    print("TypeError")
print(int(float("1e15")), float(int("9" * 5)))

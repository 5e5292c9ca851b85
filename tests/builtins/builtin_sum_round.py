# sum with start (positional and keyword) and round with every ndigits form
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(sum, []); t(sum, [], 5); t(sum, [1, 2, 3]); t(sum, range(101)); t(sum, [1, 2.5]); t(sum, [0.1] * 10); t(sum, [1e100, 1.0, -1e100])
t(sum, [[1], [2]], []); t(sum, [(1,), (2,)], ()); t(sum, [2**64, 2**64]); t(sum, [True, True, 1]); t(sum, [1j, 2])
t(sum, [1, 2], start=10); t(sum, ["a", "b"], ""); t(sum, [b"a"], b""); t(sum, [bytearray(b"a")], bytearray())
t(sum, [1, "a"]); t(sum, 5); t(sum, [1], 2, 3); t(sum, {1: "a", 2: "b"}); t(sum, (x / 2 for x in range(5)))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1e16 + 2.0, 7, -7, 15, 25, 2**70 + 1]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, -1), round(x, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, type(round(7, -1)).__name__)
print(round(123456, -3), round(-123456, -3), round(125, -1), round(135, -1), round(-125, -1), round(5, -1), round(50, -2))
print(round(0.1 + 0.2, 15), round(1.23456789, 4), round(-1.23456789, 4), round(1234.5678, -2), round(1e-10, 5), round(-0.0, 1))
print(round(float("inf")) if False else "", round(float("nan"), 2), round(float("inf"), 1), round(1.5, None), round(2, None))
t(round, float("inf")); t(round, float("nan")); t(round, "1"); t(round, 1.5, 1.5); t(round, 1.5, "1")
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
t(round, object())

# Repeat counts, index() bounds and subscripts given by ints, bools and
# objects with __index__, including results that do not fit 64 bits.


class Huge:
    def __index__(self):
        return 10 ** 30


class One:
    def __index__(self):
        return 1


class Bad:
    def __index__(self):
        return 1.5


class Sub(int):
    pass


tests = [
    lambda: [1] * Huge(), lambda: (1,) * Huge(), lambda: [1, 2] * One(),
    lambda: (1, 2) * True, lambda: [1] * Bad(), lambda: (1,) * Sub(2),
    lambda: (1,) * (10 ** 30),
    lambda: [1, 2, 3].index(2, One()), lambda: [1, 2, 3].index(2, 0, Huge()),
    lambda: (1, 2, 3).index(3, 0, Huge()), lambda: (1, 2, 3).index(1, -10 ** 30),
    lambda: [1, 2].index(1, Bad()), lambda: [1, 2].index(1, 'x'),
    lambda: [1, 2, 3][One()], lambda: [1, 2, 3][Sub(1)], lambda: (1, 2, 3)[One():],
    lambda: range(10)[One():Huge()], lambda: range(10)[Bad()], lambda: range(One(), 5),
    lambda: "ab" * One(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

# pow with 2 and 3 arguments, divmod and abs across numeric types
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for b, e in [(2, 10), (2, 0), (0, 0), (-2, 3), (-2, -1), (2, -2), (10, 20), (2, 100), (2.0, 3), (4, 0.5), (-8.0, 1 / 3), (0.0, -1), (1j, 2), (2, 1j)]:
    t(pow, b, e)
for b, e, m in [(3, 4, 5), (2, 100, 97), (-3, 3, 7), (3, -1, 7), (2, -1, 4), (5, 0, 1), (2**100, 2**50, 10**9 + 7), (7, 2, -5), (3, 3, 0), (2.0, 2, 3), (2, 2, 3.0)]:
    t(pow, b, e, m)
t(pow, base=2, exp=3); t(pow, 2, exp=4, mod=5); t(pow, 2); t(pow, "a", 2); t(pow, 2, "b")
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (2**70, 3), (-2**70, 7), (0, 5), (1e308, 1e-308), (True, 2)]:
    t(divmod, a, b)
t(divmod, 1, 0); t(divmod, 1.0, 0); t(divmod, 1j, 1); t(divmod, "a", 1); t(divmod, 1, 2, 3) if False else None
for v in [0, -0, 5, -5, 2**70, -2**70, 1.5, -1.5, -0.0, float("-inf"), float("nan"), 3 + 4j, -1j, True, False]:
    t(abs, v)
t(abs, "x"); t(abs, None); t(abs, [1])
print(type(abs(-5)).__name__, type(abs(-5.0)).__name__, type(abs(1j)).__name__, type(abs(True)).__name__, type(pow(2, 2)).__name__, type(pow(2, -2)).__name__)

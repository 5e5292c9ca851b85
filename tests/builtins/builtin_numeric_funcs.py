# abs bin oct hex chr ord divmod pow round with edge cases and errors
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(bin, 0); t(bin, -5); t(bin, 2**70); t(bin, True); t(bin, 1.5); t(bin, "1")
t(oct, 0); t(oct, -8); t(hex, -255); t(hex, 2**64); t(hex, False)
class I:
    def __index__(self): return 42
t(bin, I()); t(hex, I()); t(oct, I())
t(chr, 65); t(chr, 0x10FFFF); t(chr, True); t(chr, 1.5); t(chr, "a"); t(chr, I()); t(chr, 2**70)
t(ord, "\U0001F600"); t(ord, b"a"); t(ord, bytearray(b"z")); t(ord, "ab"); t(ord, b"")
t(divmod, 7, 2); t(divmod, -7, 2); t(divmod, 7.5, 2); t(divmod, 2**70, 7); t(divmod, 7, 0.0); t(divmod, 1, "a")
t(abs, -5); t(abs, -2.5); t(abs, 3+4j); t(abs, -2**70); t(abs, True); t(abs, "a"); t(abs, -0.0)
t(pow, 2, 10); t(pow, 2, -1); t(pow, 2.0, 0.5); t(pow, -8, 1/3); t(pow, 3, 4, 5); t(pow, 3, -1, 7); t(pow, 0, 0); t(pow, 2, 3, 0)
t(pow, 2.0, 3, 5); t(pow, 6, -1, 3); t(pow, base=3, exp=2, mod=5); t(pow, 2, exp=3)
t(round, 2.5); t(round, 3.5); t(round, -2.5); t(round, 0.5); t(round, 1.25, 1); t(round, 1.35, 1); t(round, 12345, -2); t(round, 15, -1); t(round, 25, -1)
t(round, 2.675, 2); t(round, 1e300, 2); t(round, float("inf")); t(round, float("nan")); t(round, float("inf"), 2); t(round, 5, 2); t(round, 1.5, None)
t(round, "x"); t(round, 1.5, 1.5); t(round, number=2.5, ndigits=0)

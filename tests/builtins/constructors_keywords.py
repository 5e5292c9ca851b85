# builtin constructors accepting keyword arguments (CPython signatures)
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(int, "ff", base=16); t(int, "z", base=36); t(int, x="5") ; t(int, "12", 8); t(int, base=10)
t(float, "1.5"); t(float, x="2.5")
t(str, object=5); t(str, b"ab", encoding="ascii"); t(str, b"ab", errors="strict"); t(str, object=b"x", encoding="utf-8")
t(bytes, "s", encoding="utf-8"); t(bytes, source="s", encoding="ascii"); t(bytearray, source=b"ab"); t(bytearray, "x", encoding="ascii", errors="strict")
t(complex, real=1.5, imag=2); t(complex, imag=1); t(complex, real="1+2j")
t(dict, a=1, b=2); t(dict, {"a": 1}, a=2); t(dict, iterable=[(1, 2)])
t(list, iterable=[1]); t(tuple, iterable=[1]); t(set, iterable=[1]); t(frozenset, iterable=[1])
t(range, start=1, stop=2); t(slice, start=1)
print(list(enumerate(iterable="ab", start=1)), list(zip("a", strict=True)), memoryview(object=b"m").tobytes(), property(fget=None, doc="d").__doc__)
t(sorted, iterable=[2, 1]); t(bool, x=1); t(type, name="X")
t(print, "kw", sep="", end="\n", file=None, flush=False)
t(round, number=1.25, ndigits=1); t(pow, base=2, exp=3, mod=3); t(sum, [1], start=1); t(max, [], default=None); t(min, [3, 1], key=None)
t(divmod, x=1, y=2); t(len, obj=[1]); t(abs, x=-1); t(isinstance, obj=1, class_or_tuple=int); t(getattr, o=1, name="real")

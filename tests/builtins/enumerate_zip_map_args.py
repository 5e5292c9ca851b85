# enumerate/zip/map/filter argument handling and type behaviour
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(list(r))
    except Exception as e:
        print(type(e).__name__, e)
t(enumerate, []); t(enumerate, "ab", 0); t(enumerate, "ab", -5); t(enumerate, "ab", True); t(enumerate, "ab", 2**64); t(enumerate, (x for x in "q"))
t(enumerate, "ab", start=3); t(enumerate, iterable="ab", start=1); t(enumerate, None); t(enumerate, "a", "1"); t(enumerate, "a", 1, 2)
t(zip, "a"); t(zip, "ab", "c", "def"); t(zip, [], "abc"); t(zip, "ab", strict=False); t(zip, "ab", "cd", "ef", strict=True); t(zip, "ab", "c", strict=True)
t(zip, None); t(zip, "a", 5)
t(map, str.upper, "ab"); t(map, lambda a, b, c: a + b + c, "ab", "cd", "ef"); t(map, max, [1, 5], [3, 2]); t(map, None, "a"); t(map, len)
t(filter, None, "a\x00b" if False else [0, "", None, 1, "x"]); t(filter, bool, [0, 2]); t(filter, lambda x: x, []); t(filter, None)
print(type(enumerate("")).__name__, type(zip()).__name__, type(map(len, "")).__name__, type(filter(None, "")).__name__)
class MyEnum(enumerate):
    pass
me = MyEnum("xy", 1)
print(type(me).__name__, list(me), isinstance(me, enumerate))
class MyZip(zip):
    pass
print(list(MyZip("ab", "cd")), issubclass(MyZip, zip))
e = enumerate("abc")
print(next(e), e.__next__(), list(e), iter(e) is e)

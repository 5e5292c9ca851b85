# Small CPython strictness points: sorted(reverse=) wants an int, sum()
# start given twice, object.__init__ with arguments, unhashable builtins'
# __hash__ is None, str() of a mappingproxy, bound builtin method type.
class C:
    x = 1
print(str(C.__dict__)[:1], repr(C.__dict__)[:13])
for f in [lambda: sorted([1, 2], reverse=None), lambda: sum([1], 0, start=0), lambda: object.__init__(object(), 1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(sorted([1, 3, 2], reverse=1), sorted([1, 3, 2], reverse=True))
print([].__hash__, {}.__hash__, set().__hash__, bytearray().__hash__)
print((1).__hash__() == 1, "a".__hash__() == hash("a"), frozenset().__hash__() == hash(frozenset()))
print(type([].append).__name__, type("".join).__name__, type(len).__name__)
class A:
    def m(self):
        pass
print(type(A().m).__name__)

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3), ValueError(4)])])
print(str(eg), repr(eg))
print(eg.message, eg.exceptions[:2], type(eg).__name__, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
m, r = eg.split(ValueError)
print(repr(m)); print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
print(eg.subgroup(ExceptionGroup) is eg)
b = BaseExceptionGroup("b", [ValueError()])
print(type(b).__name__)
b = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(b).__name__, isinstance(b, Exception))
for args in [("x", []), ("x", [1]), (1, [ValueError()]), ("x", {ValueError()}), ("x",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("boom", [OSError(2, "x")])
except Exception as e:
    print("caught", e)
class MyEG(ExceptionGroup):
    pass
e = MyEG("m", [ValueError(1)])
print(type(e).__name__, e, isinstance(e, ExceptionGroup))
e2 = eg.derive([ValueError(9)])
print(repr(e2))
eg.__cause__ = KeyError("c")
print(repr(eg.split(TypeError)[0].__cause__))

# classmethod/staticmethod wrappers: __func__, calls through class and instance
class C:
    @classmethod
    def cm(cls, a=1):
        return (cls.__name__, a)
    @staticmethod
    def sm(a, b=2):
        return (a, b)
class D(C):
    pass
print(C.cm(), C().cm(5), D.cm(), D().cm(a=3), C.sm(1), C().sm(1, b=3), D.sm(0))
cm = C.__dict__['cm']
sm = C.__dict__['sm']
print(type(cm).__name__, type(sm).__name__, callable(sm.__func__), cm.__func__(C, 9), sm.__func__(4))
print(cm.__get__(None, D)(), sm.__get__(None, C)(7), cm.__get__(D())())
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(callable(sm), sm(1, 2))
def f(x):
    return x * 2
s = staticmethod(f)
c = classmethod(f)
print(s.__func__ is f, c.__func__ is f, s(21))
class E:
    g = staticmethod(len)
    h = classmethod(lambda cls: cls.__name__)
print(E.g('abc'), E().g([1]), E.h(), E().h())
try:
    classmethod()
except TypeError:
    print('TypeError arity')
print(isinstance(cm, classmethod), isinstance(sm, staticmethod))
bm = C.cm
print(bm.__self__ is C, bm.__func__ is cm.__func__)

# str() finds __str__ on the class only (not instance attributes or __getattr__), supports descriptors and inherited str-subclass results
class A:
    pass
a = A()
a.__str__ = lambda: 'instance!'
print(str(a)[:10], '%s' % 1)
class B:
    def __getattr__(self, n):
        return lambda: 'ga'
print(str(B())[:10])
class C:
    __str__ = None
try:
    str(C())
except TypeError as e:
    print('TypeError', e)
class D:
    @property
    def __str__(self):
        return lambda: 'prop'
print(str(D()))
class E:
    __str__ = staticmethod(lambda: 'static')
print(str(E()))
class U(str):
    pass
class F:
    def __str__(self):
        return U('uu')
class G(F):
    pass
print(type(str(G())).__name__, str(G()))

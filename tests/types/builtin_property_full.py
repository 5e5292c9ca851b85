# property: getter/setter/deleter, doc, decorators, subclass, errors
class C:
    def __init__(self): self._x = 0
    def getx(self):
        'the x doc'
        return self._x
    def setx(self, v): self._x = v
    def delx(self): print('deleting'); del self._x
    x = property(getx, setx, delx)
    ro = property(lambda self: 'read-only')
    wo = property(None, setx)
    explicit = property(getx, doc='explicit doc')
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.explicit.__doc__, C.ro.__doc__)
del c.x
try:
    c.x
except AttributeError as e:
    print('AttributeError')
try:
    c.ro = 1
except AttributeError as e:
    print('AttributeError set')
try:
    del c.ro
except AttributeError as e:
    print('AttributeError del')
try:
    c.wo
except AttributeError as e:
    print('AttributeError get')
c.wo = 9
print(c._x)
p = C.x
print(p.fget is C.getx, p.fset is C.setx, p.fdel is C.delx, C.ro.fset, type(p).__name__)
class D:
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
    @v.deleter
    def v(self):
        self._v = 'deleted'
d = D()
d.v = 4
print(d.v)
del d.v
print(d.v)
print(D.v.getter(lambda s: 'new').__get__(d, D), D.v.__get__(None, D) is D.v)
class MyProp(property):
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return ('wrapped', super().__get__(obj, typ))
class E:
    @MyProp
    def val(self):
        return 7
print(E().val, type(E.val).__name__, isinstance(E.val, property))
try:
    property(1, 2, 3, 4, 5)
except TypeError:
    print('TypeError arity')
class F:
    @property
    def boom(self):
        raise ValueError('inside getter')
try:
    F().boom
except ValueError as e:
    print('ValueError', e)
print(hasattr(F(), 'boom') if False else 'skip')
class G:
    @property
    def missing(self):
        raise AttributeError('nope')
print(hasattr(G(), 'missing'), getattr(G(), 'missing', 'dflt'))

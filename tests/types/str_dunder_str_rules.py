# str() of classes, metaclass __str__, exceptions, raising/None __str__, and __str__ returning str subclasses
class Meta(type):
    def __str__(cls):
        return 'Meta-str:' + cls.__name__
class A(metaclass=Meta):
    pass
class B:
    pass
print(str(A), str(B)[:8], str(int), str(A())[:10])
class E(Exception):
    def __str__(self):
        return 'E!'
print(str(E()), str(E), str(ValueError('v')))
class G:
    def __str__(self):
        raise KeyError('x')
try:
    str(G())
except KeyError as e:
    print('KeyError', e)
class H:
    __str__ = None
try:
    str(H())
except TypeError as e:
    print('TypeError')
class U(str):
    pass
class K:
    def __str__(self):
        return U('u-value')
r = str(K())
print(r, type(r).__name__, type(f'{K()}').__name__, type(format(K())).__name__)

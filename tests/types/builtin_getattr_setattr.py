# getattr/hasattr/setattr/delattr with defaults and bad names
class C:
    a = 1
    def __init__(self): self.b = 2
c = C()
print(getattr(c, 'a'), getattr(c, 'b'), getattr(c, 'zz', None), getattr(C, 'a'), hasattr(c, 'b'), hasattr(c, 'zz'), hasattr(C, 'b'))
setattr(c, 'dyn', [1])
setattr(C, 'cls_attr', 'x')
print(c.dyn, c.cls_attr, getattr(c, 'dyn'))
setattr(c, 'with space', 5)
print(getattr(c, 'with space'))
delattr(c, 'dyn')
print(hasattr(c, 'dyn'))
try:
    delattr(c, 'dyn')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(c, 'nope')
except AttributeError as e:
    print('AttributeError', e)
for bad in (1, None, b'a'):
    for f in (lambda: getattr(c, bad), lambda: hasattr(c, bad), lambda: setattr(c, bad, 1), lambda: delattr(c, bad), lambda: getattr(c, bad, 0)):
        try:
            f()
        except TypeError as e:
            print('TypeError', e)
try:
    getattr(c)
except TypeError:
    print('TypeError arity')
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print('AttributeError', e)
try:
    setattr([], 'append', 2)
except AttributeError as e:
    print('AttributeError', e)
print(getattr([], 'append').__name__, getattr(1, 'real'), getattr('a', 'upper')(), hasattr(None, '__class__'))
print(getattr(int, '__name__'), hasattr(int, 'from_bytes'), getattr(c, '__class__') is C)
class G:
    def __getattr__(self, name):
        if name == 'bad':
            raise KeyError(name)
        return name * 2
g = G()
print(getattr(g, 'xy'), hasattr(g, 'q'), getattr(g, 'z', 'dflt'))
try:
    hasattr(g, 'bad')
except KeyError as e:
    print('KeyError propagates', e)
class S(str):
    pass
print(getattr(c, S('a')))
setattr(c, 'é', 'unicode')
print(getattr(c, 'é'), c.é)

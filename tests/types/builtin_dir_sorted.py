# dir() of modules, classes and instances: sorted lists
import sys
d = dir(sys)
print(type(d).__name__, d == sorted(d), 'path' in d, 'modules' in d)
class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
b = B()
b.z = 3
db = dir(b)
print(db == sorted(db), [n for n in db if not n.startswith('__')])
print([n for n in dir(B) if not n.startswith('__')], [n for n in dir(A) if not n.startswith('__')])
print('__init__' in dir(B), '__class__' in db)
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir(set()) if not n.startswith('_')])
print([n for n in dir(frozenset()) if not n.startswith('_')])
print([n for n in dir(()) if not n.startswith('_')])
print([n for n in dir(range(1)) if not n.startswith('_')])
print([n for n in dir(slice(1)) if not n.startswith('_')])
def f():
    a = 1
    b = 2
    return dir()
print(f())
class D:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(D()))
try:
    dir(1, 2)
except TypeError:
    print('TypeError')
print(dir(dir) == sorted(dir(dir)), 'append' in dir(list))

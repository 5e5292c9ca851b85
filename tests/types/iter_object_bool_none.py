# object(), bool and NoneType basics
o = object()
print(type(o).__name__, o.__class__ is object, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    o.__dict__
except AttributeError as e:
    print('AttributeError', e)
try:
    setattr(o, 'y', 2)
except AttributeError as e:
    print('AttributeError', e)
try:
    o.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    object(1)
except TypeError as e:
    print('TypeError', e)
print(hash(o) == hash(o), str(o) == repr(o), callable(object), callable(o))
print(bool(), bool(0), bool(''), bool([]), bool(None), bool(1), bool('0'), bool(-0.0), bool(0j), bool(()), bool(range(0)))
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True & False, True | False, True ^ True, type(True ^ True).__name__)
print(True == 1, False == 0, hash(True), hash(False), int(True), float(False), str(True), repr(False))
print(isinstance(True, int), issubclass(bool, int), bool.__name__, type(False).__name__)
try:
    class B(bool): pass
except TypeError as e:
    print('TypeError', e)
print(bool(x=1) if False else 'skip')
print(None is None, None == None, type(None).__name__, repr(None), str(None), bool(None), hash(None) == hash(None))
try:
    None.x
except AttributeError as e:
    print('AttributeError', e)
try:
    n = None
    n()
except TypeError as e:
    print('TypeError', e)
try:
    type(None)(1)
except TypeError as e:
    print('TypeError', e)
print(type(None)() is None)
try:
    None < None
except TypeError as e:
    print('TypeError', e)

# AttributeError.name/.obj, NameError.name, ImportError.name/.path: set by
# the runtime when it raises, and accepted as keyword arguments.
e = AttributeError("x", name="n", obj=3)
print(e.name, e.obj, e.args)
e = NameError("y", name="q")
print(e.name, e.args)
e = ImportError("z", name="m", path="/p")
print(e.name, e.path, e.msg)
print(AttributeError("a").name, AttributeError("a").obj, NameError().name)
for bad in [lambda: AttributeError("x", nome=1), lambda: NameError("x", obj=1), lambda: ValueError("x", name=1)]:
    try:
        bad()
    except TypeError as ex:
        print("TypeError", ex)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as ex:
    print(ex.name, repr(ex))
try:
    undefined_name_abc
except NameError as ex:
    print(ex.name, ex)
try:
    (1).foo
except AttributeError as ex:
    print(ex.name, ex.obj, ex)
class C:
    pass
try:
    C().missing
except AttributeError as ex:
    print(ex.name, type(ex.obj).__name__, ex)
try:
    C.missing
except AttributeError as ex:
    print(ex.name, ex.obj is C, ex)
import sys
try:
    sys.missing
except AttributeError as ex:
    print(ex.name, ex.obj is sys, ex)
def f():
    return g_undefined
try:
    f()
except NameError as ex:
    print(ex.name)

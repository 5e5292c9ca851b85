# modules are executed once and cached in sys.modules
import sys
print("_mod_a" in sys.modules)
import _mod_a
print("_mod_a" in sys.modules, sys.modules["_mod_a"] is _mod_a)
import _mod_a
import _mod_a as again
from _mod_a import value
print(again is _mod_a)
def f():
    import _mod_a
    return _mod_a
print(f() is _mod_a)
import _mod_b
print(_mod_b.double_value(), _mod_b.shout("bob"))
_mod_a.value = 7
print(_mod_b.double_value())
del sys.modules["_mod_a"]
import _mod_a as fresh
print(fresh is again, fresh.value, again.value)

# import, import as, from-import, from-import as
import _mod_a
print(_mod_a.value, _mod_a.greet("x"), _mod_a.items, _mod_a.Thing(3).v)
import _mod_a as ma
print(ma is _mod_a, ma.get_value())
from _mod_a import value, greet
print(value, greet("y"))
from _mod_a import greet as g, items as its
print(g("z"), its)
from _mod_a import (value as v2,
                    get_value,)
print(v2, get_value())
print(_mod_a._private)
print(type(_mod_a).__name__, _mod_a.__name__)
_mod_a.value = 100
print(get_value(), value)

# a _-prefixed const is not stored as a module attribute
import _const_mod
print(hasattr(_const_mod, "X"), hasattr(_const_mod, "_Y"), hasattr(_const_mod, "Z"))
print(_const_mod.X, _const_mod.Z, _const_mod.get_y(), _const_mod.get_all())
from _const_mod import X
print(X)
try:
    from _const_mod import _Y
    print("imported _Y?!", _Y)
except ImportError:
    print("ImportError for _Y")

from .mod_x import X
from . import mod_y
__all__ = ["X", "mod_y", "helper"]
def helper():
    return "pkg2 helper"

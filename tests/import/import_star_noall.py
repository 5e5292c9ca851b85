# from module import * without __all__ skips underscore names
from _mod_noall import *
print(alpha, beta, func())
try:
    _hidden
except NameError:
    print("_hidden not imported")
import _mod_noall
print(_mod_noall._hidden)
def f():
    return alpha + beta
print(f())

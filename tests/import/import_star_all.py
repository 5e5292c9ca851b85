# from module import * honours __all__
from _mod_all import *
print(public_one, _listed_private)
try:
    public_two
except NameError:
    print("public_two not imported (not in __all__)")
try:
    _unlisted
except NameError:
    print("_unlisted not imported")
import _mod_all
print(_mod_all.public_two, _mod_all._unlisted)

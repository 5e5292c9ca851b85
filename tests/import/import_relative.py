# relative imports inside packages
from pkg.subpkg import rel
print(rel.report())
import pkg2
print(pkg2.X, pkg2.mod_y.Y, pkg2.helper())
from pkg2 import *
print(X, mod_y.Y, helper())
import pkg2.mod_x
print(pkg2.mod_x.X is pkg2.X)

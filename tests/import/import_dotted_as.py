# import a.b.c as d binds only d
import pkg.subpkg.deep as d
print(d.DEEP, d.name())
try:
    pkg
except NameError:
    print("pkg not bound by 'import ... as'")
import pkg.subpkg.deep
print(pkg.subpkg.deep is d)
from pkg.subpkg import deep as d2
print(d2 is d)
import pkg.sub as s, pkg.subpkg as sp
print(s.SUB, sp.SUBPKG)

# importing packages and submodules
import pkg
print(pkg.PKG_NAME, pkg.pkg_func())
print(hasattr(pkg, "sub"))
import pkg.sub
print(hasattr(pkg, "sub"), pkg.sub.SUB, pkg.sub.where())
from pkg import sub
print(sub is pkg.sub)
from pkg.sub import SUB, where
print(SUB, where())
from pkg import PKG_NAME as N
print(N)
import pkg.subpkg
print(pkg.subpkg.SUBPKG, pkg.subpkg.deep.DEEP, pkg.subpkg.deep.name())
print(pkg.__name__, pkg.subpkg.__name__)

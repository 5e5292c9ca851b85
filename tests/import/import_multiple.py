# several modules in one import statement, and mixed forms
import _mod_a, _mod_noall
print(_mod_a.value, _mod_noall.alpha)
import _mod_all as m1, _mod_counter as m2
print(m1.public_one, m2.count)
from _mod_noall import (
    alpha,
    beta as b,
    func,
)
print(alpha, b, func())
import sys, pkg
print("pkg" in sys.modules, pkg.PKG_NAME)

# sys.path is a list and the script directory is searched
import sys
print(type(sys.path).__name__, len(sys.path) > 0)
import _mod_noall
print(_mod_noall.alpha)
sys.path.insert(0, "pkg")
import sub
print(sub.SUB, sub.where())
import pkg.sub
print(sub is pkg.sub)
sys.path.pop(0)
print("done")

def f():
    "doc of f"
    return 1
def g(): pass
class C:
    "class doc"
    def m(self):
        """method doc"""
print(f.__doc__, g.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__)
f.__doc__ = "new"
print(f.__doc__)
print((lambda: 0).__doc__)
import sys
print(sys.__doc__ is None or isinstance(sys.__doc__, str))

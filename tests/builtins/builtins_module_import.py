# the builtins module: identity with the builtin names, patching, shadowing; __import__ arguments
import builtins
print(builtins.len is len, builtins.__name__, type(builtins).__name__, "print" in dir(builtins))
orig = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-1))
builtins.abs = orig
print(abs(-1))
builtins.my_global_helper = lambda: "from builtins"
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper()
except NameError as e:
    print("NameError", e)
def shadow():
    len = lambda x: "local"
    return len([1])
print(shadow(), len([1]))
len = lambda x: "module"
print(len([1]), builtins.len([1]))
del len
print(len([1, 2]))
print(__import__("builtins") is builtins, __builtins__ is builtins or isinstance(__builtins__, dict))
m = __import__("sys")
print(m.__name__, __import__("sys", fromlist=["path"]).__name__)
try:
    __import__("nonexistent_mod_q")
except ImportError as e:
    print(type(e).__name__)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__("sys", level=-1)
except ValueError as e:
    print("ValueError", e)
print(sorted(n for n in ["None", "True", "Ellipsis", "NotImplemented", "__debug__"] if hasattr(builtins, n)))

# micropython.opt_level() controls assert and __debug__ in newly compiled code
import micropython
print(micropython.opt_level())
print(__debug__)
try:
    exec("assert False, 'level 0 keeps asserts'")
except AssertionError as e:
    print("AssertionError", e)
micropython.opt_level(1)
print(micropython.opt_level())
exec("assert False, 'removed'")
print("assert removed at level 1")
exec("print(__debug__)")
micropython.opt_level(0)
exec("print(__debug__)")
try:
    exec("assert 0")
except AssertionError:
    print("asserts back at level 0")

# cmdline: -O
# with -O asserts are compiled out and __debug__ is False
import micropython
print(__debug__)
assert False, "this assert is removed"
print("assert skipped")
if __debug__:
    print("debug-only code")
def f(x):
    assert x > 0
    return x
print(f(-1))
print(micropython.opt_level())

# sys attributes and functions that behave as in CPython
import sys

print(sys.byteorder, sys.platform)
print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.maxsize).__name__)
print(type(sys.version).__name__, sys.version_info[0], sys.version_info >= (3, 4))
print(type(sys.argv).__name__, sys.argv[0].endswith("sys_basic.py"), len(sys.argv))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.modules).__name__, sys.modules["sys"] is sys, "__main__" in sys.modules)
print(type(sys.getrecursionlimit()).__name__, sys.getrecursionlimit() > 50)
print(sys.implementation.name in ("micropython", "cpython"))

# sys.exit raises SystemExit, which can be caught
for args in [(), (0,), (3,), ("message",), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("SystemExit", args, e.code if hasattr(e, "code") else e.args, e.args)

# sys.modules caches imported modules; a fresh copy after deletion
import gc
m1 = sys.modules["gc"]
print(m1 is gc)

# the path list is live: appending changes the search path
sys.path.append("/nonexistent-folder")
print(sys.path[-1])
sys.path.pop()

# the standard streams
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(hasattr(s, "write"), hasattr(s, "read"), hasattr(s, "buffer"))
print(sys.stdout.write("abc\n"))
print(sys.stdout.buffer.write(b"bytes\n"))
print(sys.stderr.write(""))
sys.stdout.flush()
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)

# errno: the E* constants have the host's values (same as CPython's on this
# machine), errorcode maps them back
import errno

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names) > 100)
print(names)
for n in names:
    print(n, getattr(errno, n))

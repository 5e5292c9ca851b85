# Types of the library modules print with their module, as in CPython;
# uncaught errors are named module.error in tracebacks.
import collections, re, struct, array, zlib
print(type(collections.deque()), re.error, type(re.compile("a")), struct.error, array.array, zlib.error)
print(collections.deque.__module__, re.error.__module__, array.array.__module__, int.__module__)
try:
    re.compile("(")
except re.error as e:
    print(type(e), type(e).__name__)

# sys.implementation and other sys attributes
import sys
print(sys.implementation.name)
print(type(sys.implementation.version).__name__, len(sys.implementation.version))
print(sys.version_info[0])
print(sys.byteorder)
print(type(sys.modules).__name__, type(sys.path).__name__, type(sys.argv).__name__)
print(sys.argv[0])
print(sys.maxsize >= 2 ** 31 - 1)
print(hasattr(sys, "print_exception"), hasattr(sys, "exit"))

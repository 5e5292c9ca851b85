# sys.print_exception prints a caught exception's traceback
import sys
def inner():
    raise ValueError("inner failed")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    sys.print_exception(e)
print("continuing")
try:
    raise ValueError("direct", 2)
except ValueError as e:
    sys.print_exception(e, sys.stdout)
e = TypeError("never raised")
sys.print_exception(e)
print("end")

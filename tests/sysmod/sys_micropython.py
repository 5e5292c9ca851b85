# MicroPython's own parts of sys: implementation, print_exception, atexit
import io
import sys

print(sys.implementation.name, sys.implementation.version >= (1, 9, 4))
print(sys.version, sys.version_info)
print(sys.exit, sys.print_exception)

def fail():
    raise ValueError("from fail")

try:
    fail()
except ValueError as e:
    exc = e

# to a text stream, a binary stream, any object with write()
s = io.StringIO()
sys.print_exception(exc, s)
print(repr(s.getvalue()))
b = io.BytesIO()
sys.print_exception(exc, b)
print(b.getvalue() == s.getvalue().encode())

class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
r = Recorder()
sys.print_exception(exc, r)
print(len(r.parts), r.parts[0] == s.getvalue())

# without a file: the current sys.stdout
sys.stdout = io.StringIO()
sys.print_exception(exc)
captured = sys.stdout.getvalue()
sys.stdout = sys.__stdout__
print(captured == s.getvalue())

# an exception never raised has no traceback lines
sys.print_exception(KeyError("k"))
try:
    sys.print_exception("not an exception")
except TypeError as e:
    print("TypeError")

# atexit: one function, the previous one is returned; runs at the end
def goodbye():
    print("atexit function ran")
print(sys.atexit(print))
print(sys.atexit(goodbye) is print)
try:
    sys.atexit(42)
except TypeError:
    print("TypeError")
print("end of main")

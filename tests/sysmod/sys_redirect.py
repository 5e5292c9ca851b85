# sys.stdout / sys.stderr / sys.stdin may be replaced by any object
import io
import sys

out = io.StringIO()
sys.stdout = out
print("to stringio", 1, 2)
sys.stdout.write("direct\n")
sys.stdout = sys.__stdout__
print(repr(out.getvalue()))

err = io.StringIO()
sys.stderr = err
print("error text", file=sys.stderr)
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))

class Upper:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
u = Upper()
sys.stdout = u
print("hello", "world", sep="-", end="!\n")
sys.stdout = sys.__stdout__
print("".join(u.parts), end="")

sys.stdin = io.StringIO("first line\nsecond\n")
print(repr(input()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
sys.stdin = sys.__stdin__
print(sys.stdin is sys.__stdin__)

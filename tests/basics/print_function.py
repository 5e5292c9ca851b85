# print() keyword arguments
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ")
print("no newline", end="")
print(" continued")
print("x", end="|\n")
print(1, 2, 3, sep="-", end=".\n")
print("to stdout", file=sys.stdout)
print(*range(5))
print(*[], sep="X")
print("", "", sep="*")
print(None, True, 1.5, [1], (2,), {3: 4})
print("multi\nline")
print("tab\tchar")
print("a", "b", sep=None, end=None)
sys.stdout.write("written\n")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)

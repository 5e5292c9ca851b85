# print() follows sys.stdout/sys.stderr reassignment (None drops output)
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self): self.parts.append("<flush>")
w = W()
old = sys.stdout
sys.stdout = w
print("captured", 1)
print("more", end="", flush=True)
sys.stdout = old
print(w.parts)
sys.stdout = None
print("dropped when stdout is None")
sys.stdout = old
print("restored")
e = W()
olderr = sys.stderr
sys.stderr = e
print("to err", file=sys.stderr)
sys.stderr = olderr
print(e.parts)

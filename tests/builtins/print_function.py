# print(): separators, end, file objects, flush, str() of arguments, errors
import sys
print()
print("a")
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ")
print("a", "b", sep=None)
print("x", end="")
print("|", end="\n")
print("e", end=None)
print(1, 2.5, None, True, [1, "s"], {"k": (1,)}, b"b", sep="|")
print("multi\nline", "tab\there")
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], sep="never")
class Out:
    def __init__(self):
        self.buf = []
        self.flushed = 0
    def write(self, s):
        self.buf.append(s)
    def flush(self):
        self.flushed += 1
o = Out()
print("hello", "world", file=o)
print("x", sep="!", end="?", file=o, flush=True)
print(o.buf, o.flushed)
print("to stdout", file=sys.stdout)
print("to stderr goes elsewhere", file=sys.stderr) if False else None
class NoWrite:
    pass
for kw in [{"sep": 1}, {"end": 1}, {"file": NoWrite()}, {"file": 5}, {"bogus": 1}]:
    try:
        print("z", **kw)
    except Exception as e:
        print(type(e).__name__)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], str(S()), repr(S()), (S(),), {S(): S()} if False else "")
class Bad:
    def __str__(self):
        return 1
try:
    print(Bad())
except TypeError as e:
    print("TypeError", e)
print("\u00e9\u20ac\U0001f600", "\x00".encode(), "end")

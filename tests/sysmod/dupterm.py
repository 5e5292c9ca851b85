# uos.dupterm copies the console output to a stream object
import io
import uos

b = io.BytesIO()
print(uos.dupterm(b))
print("copied", 1)
print("partial", end="")
print(uos.dupterm(None) is b)
print(repr(b.getvalue()))
print("not copied")
print(b.getvalue().endswith(b"partial"))

class Lines:
    def __init__(self):
        self.writes = []
    def write(self, data):
        self.writes.append(bytes(data))
l = Lines()
uos.dupterm(l, 1)
print("one", "line")
print("two")
uos.dupterm(None, 1)
print(l.writes)

class Broken:
    def write(self, data):
        raise OSError(5)
uos.dupterm(Broken())
print("this line goes to the console; then the stream is detached")
print(uos.dupterm(None))
for bad in (5, -1):
    try:
        uos.dupterm(io.BytesIO(), bad)
    except ValueError as e:
        print("ValueError", e)
try:
    uos.dupterm(42)
except TypeError:
    print("TypeError")

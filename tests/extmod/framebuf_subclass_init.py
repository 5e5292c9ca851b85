# The display-driver pattern: a FrameBuffer subclass whose __init__ makes
# its own buffer and passes it to super().__init__.
import framebuf
class D(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.w = w
        self.buf = bytearray(w * h // 8)
        super().__init__(self.buf, w, h, framebuf.MONO_VLSB)
d = D(8, 8)
d.pixel(1, 1, 1)
d.hline(0, 7, 8, 1)
print(d.pixel(1, 1), d.w, bytes(d.buf))
class E(framebuf.FrameBuffer):
    def __init__(self):
        pass
e = E()
try:
    e.pixel(0, 0)
except TypeError:
    print("TypeError")

# framebuf: FrameBuffer as a base class (constructor arguments unchanged)
import framebuf

class Canvas(framebuf.FrameBuffer):
    def __init__(self, buf, w, h, fmt):
        super().__init__(buf, w, h, fmt)
        self.w = w
        self.h = h

    def border(self, c):
        self.rect(0, 0, self.w, self.h, c)

    def dump(self):
        for y in range(self.h):
            print("".join(".#"[self.pixel(x, y)] for x in range(self.w)))

c = Canvas(bytearray(6), 6, 5, framebuf.MONO_VLSB)
c.border(1)
c.pixel(2, 2, 1)
c.dump()
print(isinstance(c, framebuf.FrameBuffer), bytes(memoryview(c)).hex())

class Plain(framebuf.FrameBuffer):
    pass

p = Plain(bytearray(6), 6, 1, framebuf.GS8)
p.fill(3)
p.blit(c, -1, -2, 0)  # a subclass instance as the source
print(bytes(memoryview(p)).hex())
c.blit(p, 0, 4)
c.dump()

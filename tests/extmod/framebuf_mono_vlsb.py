# framebuf MONO_VLSB: drawing primitives and the resulting bytes
import framebuf

w, h = 10, 12
buf = bytearray(w * 2)  # two bands of 8 rows
fb = framebuf.FrameBuffer(buf, w, h, framebuf.MONO_VLSB)

def show(label):
    print(label, buf.hex())

fb.fill(1)
show("fill1")
fb.fill(0)
show("fill0")
fb.pixel(0, 0, 1)
fb.pixel(9, 0, 1)
fb.pixel(0, 11, 1)
fb.pixel(9, 11, 1)
fb.pixel(5, 7, 5)  # any non-zero colour sets the bit
show("pixels")
print(fb.pixel(0, 0), fb.pixel(1, 0), fb.pixel(5, 7), fb.pixel(9, 11))
fb.pixel(9, 11, 0)
show("clear")
# out of range reads give None, writes are ignored
print(fb.pixel(10, 0), fb.pixel(0, 12), fb.pixel(-1, 0), fb.pixel(0, -1))
fb.pixel(10, 0, 1)
fb.pixel(-1, -1, 1)
show("ignored")
fb.fill(0)
fb.hline(2, 3, 5, 1)
show("hline")
fb.fill(0)
fb.vline(4, 2, 9, 1)
show("vline")
fb.fill(0)
fb.rect(1, 1, 8, 10, 1)
show("rect")
fb.fill(0)
fb.fill_rect(2, 6, 4, 4, 1)
show("fill_rect")
fb.fill_rect(3, 7, 2, 2, 0)
show("hole")
fb.fill(0)
fb.line(0, 0, 9, 11, 1)
show("line")
fb.fill(0)
fb.text("A", 1, 2)
show("text")
# the buffer protocol exposes the same bytes
print(bytes(memoryview(fb)) == bytes(buf), len(memoryview(fb)))

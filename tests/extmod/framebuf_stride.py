# framebuf: a FrameBuffer over part of another (stride), 1-bit formats
# sharing bytes, and views of the same buffer in different formats
import framebuf

# a 4x3 window at (2, 1) of a 10x5 GS8 image
big = bytearray(50)
outer = framebuf.FrameBuffer(big, 10, 5, framebuf.GS8)
win = framebuf.FrameBuffer(memoryview(big)[12:], 4, 3, framebuf.GS8, 10)
outer.fill(1)
win.fill(2)
win.pixel(3, 2, 3)
win.hline(-5, 1, 100, 4)  # clipped to the window, not the outer image
for y in range(5):
    print("".join("%d" % outer.pixel(x, y) for x in range(10)))
# the same bytes seen as 1-bit and as 2-bit pixels
raw = bytearray(b"\x0f\xf0")
m = framebuf.FrameBuffer(raw, 16, 1, framebuf.MONO_HMSB)
l = framebuf.FrameBuffer(raw, 16, 1, framebuf.MONO_HLSB)
g = framebuf.FrameBuffer(raw, 8, 1, framebuf.GS2_HMSB)
v = framebuf.FrameBuffer(raw, 2, 8, framebuf.MONO_VLSB)
print("".join(str(m.pixel(x, 0)) for x in range(16)))
print("".join(str(l.pixel(x, 0)) for x in range(16)))
print("".join(str(g.pixel(x, 0)) for x in range(8)))
print("".join(str(v.pixel(0, y)) for y in range(8)), "".join(str(v.pixel(1, y)) for y in range(8)))
# MONO_VLSB with a stride: bands of `stride` bytes
vb = bytearray(3 * 2)
vv = framebuf.FrameBuffer(vb, 2, 16, framebuf.MONO_VLSB, 3)
vv.vline(1, 0, 16, 1)
vv.pixel(0, 9, 1)
print(vb.hex())

# framebuf scroll(): moves the image, the uncovered band keeps old pixels
import framebuf

w, h = 6, 4
buf = bytearray(w * h)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.GS8)

def show():
    for y in range(h):
        print("".join("%x" % fb.pixel(x, y) for x in range(w)))
    print()

def reset():
    for i in range(w * h):
        buf[i] = i % 16

for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1), (2, 1), (-2, -1), (3, -2), (-1, 3), (0, 0)):
    reset()
    fb.scroll(dx, dy)
    print(dx, dy)
    show()
# steps as large as the image do nothing
reset()
for dx, dy in ((6, 0), (-6, 0), (0, 4), (0, -4), (100, 100), (-(2 ** 70), 0)):
    fb.scroll(dx, dy)
show()
# in a 1-bit format
buf1 = bytearray(8)
fb1 = framebuf.FrameBuffer(buf1, 8, 8, framebuf.MONO_HLSB)
fb1.pixel(0, 0, 1)
fb1.pixel(7, 7, 1)
fb1.scroll(1, 1)
print(buf1.hex())
fb1.scroll(-2, -2)
print(buf1.hex())

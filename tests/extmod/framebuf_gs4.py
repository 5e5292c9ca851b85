# framebuf GS4_HMSB: 4-bit pixels, 2 per byte, leftmost in the high nibble
import framebuf

w, h = 8, 5
buf = bytearray(w * h // 2)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.GS4_HMSB)

def show():
    for y in range(h):
        print(buf[y * w // 2:(y + 1) * w // 2].hex())
    print("--")

fb.fill(0x0f)
show()
fb.fill(0x12)  # low nibble only
show()
fb.fill(0)
fb.pixel(0, 0, 0x0e)
fb.pixel(1, 0, 0x0f)
fb.pixel(2, 0, 0x0d)
fb.pixel(7, 4, 0x0c)
show()
print(fb.pixel(0, 0), fb.pixel(1, 0), fb.pixel(2, 0), fb.pixel(7, 4), fb.pixel(3, 3))
fb.fill(0)
fb.hline(1, 1, 5, 9)
fb.vline(7, 0, 5, 3)
fb.fill_rect(0, 3, 3, 2, 0xa)
show()
fb.scroll(-1, 1)
show()
# an odd width rounds the stride up to even
buf2 = bytearray(4)
fb2 = framebuf.FrameBuffer(buf2, 3, 2, framebuf.GS4_HMSB)
fb2.fill(5)
print(buf2.hex())
try:
    framebuf.FrameBuffer(bytearray(3), 3, 2, framebuf.GS4_HMSB)
except ValueError:
    print("ValueError")

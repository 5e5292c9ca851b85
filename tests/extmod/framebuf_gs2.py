# framebuf GS2_HMSB: 2-bit pixels, 4 per byte, leftmost in the low bits
import framebuf

w, h = 8, 5
buf = bytearray(w * h // 4)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.GS2_HMSB)

def show():
    for y in range(h):
        print("".join("%u" % ((buf[(x + y * w) // 4] >> ((x & 3) << 1)) & 3) for x in range(w)))
    print("--")

fb.fill(3)
show()
fb.fill(0)
fb.pixel(0, 0, 1)
fb.pixel(3, 0, 2)
fb.pixel(0, 4, 3)
fb.pixel(3, 4, 2)
fb.pixel(7, 2, 7)  # only the low 2 bits are kept
show()
print(buf.hex())
print(fb.pixel(0, 4), fb.pixel(1, 1), fb.pixel(7, 2))
fb.fill(0)
fb.pixel(2, 2, 3)
fb.scroll(0, 1)
show()
fb.scroll(1, 0)
show()
fb.scroll(-1, -2)
show()
fb.fill(0)
fb.rect(1, 1, 6, 3, 2)
fb.line(0, 0, 7, 4, 1)
show()
# width 6 rounds the stride up to 8
buf2 = bytearray(4)
fb2 = framebuf.FrameBuffer(buf2, 6, 2, framebuf.GS2_HMSB)
fb2.fill(1)
print(buf2.hex())

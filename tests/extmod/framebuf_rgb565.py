# framebuf RGB565: 16-bit pixels in native byte order
import sys
import framebuf

if sys.byteorder != "little":
    print("SKIP")
    raise SystemExit

w, h = 4, 3
buf = bytearray(w * h * 2)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.RGB565)

def show():
    for y in range(h):
        print(buf[y * w * 2:(y + 1) * w * 2].hex())
    print("--")

fb.fill(0xf800)
show()
fb.pixel(0, 0, 0x1234)
fb.pixel(3, 2, 0x12345678)  # low 16 bits
fb.pixel(1, 1, -1)
show()
print(hex(fb.pixel(0, 0)), hex(fb.pixel(3, 2)), hex(fb.pixel(1, 1)), hex(fb.pixel(2, 2)))
fb.fill(0)
fb.hline(0, 1, 4, 0x07e0)
fb.vline(2, 0, 3, 0x001f)
show()
fb.scroll(-1, 0)
show()
fb.fill(0)
fb.text("|", -2, -3, 0xabcd)
show()
print(len(memoryview(fb)))

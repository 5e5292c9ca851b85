# framebuf GS8: one byte per pixel, with a stride wider than the image
import framebuf

w, h, stride = 5, 4, 7
buf = bytearray(stride * h)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.GS8, stride)

def show():
    for y in range(h):
        print(buf[y * stride:(y + 1) * stride].hex())
    print("--")

fb.fill(0x11)
show()  # the two bytes past the width of each row stay 0
fb.pixel(0, 0, 0xff)
fb.pixel(4, 3, 0x1ab)  # only the low byte
show()
print(fb.pixel(0, 0), fb.pixel(4, 3), fb.pixel(5, 0))
fb.fill(0)
fb.line(0, 0, 4, 3, 7)
show()
fb.rect(0, 0, 5, 4, 2)
show()
fb.scroll(2, 1)
show()
fb.fill(0)
fb.text("!", -3, -1, 9)
show()

# framebuf MONO_HLSB (bit 7 leftmost) and MONO_HMSB (bit 0 leftmost)
import framebuf

for fmt, name in ((framebuf.MONO_HLSB, "HLSB"), (framebuf.MONO_HMSB, "HMSB")):
    w, h = 10, 5
    buf = bytearray(2 * h)  # the stride is rounded up to 16 pixels
    fb = framebuf.FrameBuffer(buf, w, h, fmt)
    print(name)
    fb.fill(1)
    print("fill", buf.hex())
    fb.fill(0)
    fb.pixel(0, 0, 1)
    fb.pixel(7, 0, 1)
    fb.pixel(8, 1, 1)
    fb.pixel(9, 4, 1)
    print("pixels", buf.hex(), fb.pixel(7, 0), fb.pixel(6, 0), fb.pixel(8, 1))
    fb.fill(0)
    fb.hline(-3, 2, 20, 1)
    print("hline", buf.hex())
    fb.fill(0)
    fb.vline(3, -1, 3, 1)
    print("vline", buf.hex())
    fb.fill(0)
    fb.rect(2, 0, 7, 5, 1)
    print("rect", buf.hex())
    fb.fill(0)
    fb.line(0, 4, 9, 0, 1)
    print("line", buf.hex())
    fb.scroll(1, 0)
    print("scroll", buf.hex())
    for y in range(h):
        print("".join("#" if fb.pixel(x, y) else "." for x in range(w)))

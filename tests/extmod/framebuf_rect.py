# framebuf rect/fill_rect/hline/vline: clipping and degenerate sizes
import framebuf

w, h = 12, 6
buf = bytearray(w * h)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.GS8)

def show():
    for y in range(h):
        print("".join(".123456789"[fb.pixel(x, y)] for x in range(w)))
    print()

fb.rect(0, 0, 12, 6, 1)
fb.rect(2, 1, 3, 3, 2)
fb.rect(7, 2, 1, 1, 3)
fb.rect(9, 1, 2, 4, 4, True)
show()
fb.fill(0)
fb.rect(-2, -2, 6, 5, 1)
fb.rect(8, 3, 10, 10, 2)
fb.fill_rect(-5, 4, 8, 100, 3)
show()
fb.fill(0)
# zero and negative sizes draw nothing
fb.fill_rect(1, 1, 0, 3, 1)
fb.fill_rect(1, 1, 3, 0, 1)
fb.fill_rect(5, 5, -2, -2, 1)
fb.rect(1, 1, 0, 0, 1)
fb.hline(0, 0, 0, 1)
fb.vline(0, 0, -3, 1)
print(sum(buf))
# completely outside
fb.fill_rect(12, 0, 5, 5, 1)
fb.fill_rect(0, 6, 5, 5, 1)
fb.fill_rect(-5, 0, 5, 5, 1)
fb.fill_rect(0, -5, 5, 5, 1)
print(sum(buf))
fb.hline(-100, 2, 1000, 5)
fb.vline(11, -100, 1000, 6)
fb.hline(3, 4, 2 ** 70, 7)
show()
fb.fill_rect(-(2 ** 80), -(2 ** 80), 2 ** 81, 2 ** 81, 8)
print(sum(buf) == 8 * w * h)

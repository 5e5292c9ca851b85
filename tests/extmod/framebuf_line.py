# framebuf line(): Bresenham in every direction, and clipping
import framebuf

w, h = 16, 9
buf = bytearray(w * h)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.GS8)

def show():
    for y in range(h):
        print("".join(".123456789"[fb.pixel(x, y)] for x in range(w)))
    print()

# the eight octants from the centre
cx, cy = 7, 4
for i, (x, y) in enumerate(((15, 6), (15, 2), (9, 0), (5, 0), (0, 2), (0, 6), (5, 8), (9, 8))):
    fb.line(cx, cy, x, y, i + 1)
show()
# a line and its reverse may differ in the pixels chosen, but both
# include both ends
fb.fill(0)
fb.line(0, 0, 15, 3, 1)
fb.line(15, 8, 0, 5, 2)
show()
# horizontal, vertical, single point, diagonal
fb.fill(0)
fb.line(1, 1, 14, 1, 1)
fb.line(3, 0, 3, 8, 2)
fb.line(10, 5, 10, 5, 3)
fb.line(5, 3, 10, 8, 4)
show()
# clipped: endpoints far outside the image
fb.fill(0)
fb.line(-20, -10, 30, 14, 1)
fb.line(-5, 8, 100, 8, 2)
fb.line(8, -100, 8, 100, 3)
fb.line(100, 0, 200, 5, 4)  # entirely outside
fb.line(-10 ** 12, 4, 10 ** 12, 4, 5)
show()

# framebuf ellipse(x, y, xr, yr, c[, fill[, quadrants]])
import framebuf

w, h = 24, 13
buf = bytearray(w * h)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.GS8)

def show():
    for y in range(h):
        print("".join(".#*+"[fb.pixel(x, y)] for x in range(w)))
    print()

fb.ellipse(11, 6, 10, 5, 1)
show()
fb.fill(0)
fb.ellipse(11, 6, 6, 6, 2, True)
show()
fb.fill(0)
# quadrant masks: 1 upper right, 2 upper left, 4 lower left, 8 lower right
fb.ellipse(5, 6, 4, 4, 1, False, 1 | 4)
fb.ellipse(17, 6, 4, 4, 3, True, 2 | 8)
show()
fb.fill(0)
# clipped at the edges, and tiny radii
fb.ellipse(0, 0, 6, 4, 1)
fb.ellipse(23, 12, 5, 5, 2, True)
fb.ellipse(12, 6, 0, 0, 3)
fb.ellipse(16, 2, 1, 1, 1)
show()

# framebuf poly(x, y, coords, c[, fill])
import array
import framebuf

w, h = 20, 12
buf = bytearray(w * h)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.GS8)

def show():
    for y in range(h):
        print("".join(".#*+"[fb.pixel(x, y)] for x in range(w)))
    print()

tri = array.array("h", [0, 0, 8, 10, 16, 2])
fb.poly(1, 0, tri, 1)
show()
fb.fill(0)
fb.poly(1, 0, tri, 2, True)
show()
fb.fill(0)
# a concave arrow, as a list; filled then outlined
arrow = [0, 4, 8, 0, 8, 3, 18, 3, 18, 7, 8, 7, 8, 10]
fb.poly(0, 0, arrow, 1, True)
fb.poly(0, 0, arrow, 2)
show()
fb.fill(0)
# a square and clipping
fb.poly(-3, -3, (0, 0, 6, 0, 6, 6, 0, 6), 1, True)
fb.poly(15, 8, [0, 0, 10, 0, 10, 10, 0, 10], 3, True)
fb.poly(9, 5, [0, 0], 2)  # a single vertex
show()
fb.poly(0, 0, [], 1)  # nothing
fb.poly(0, 0, [1, 2, 3], 1)  # the odd coordinate is ignored
print(sum(buf))

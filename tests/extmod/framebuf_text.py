# framebuf text(): 8x8 glyphs drawn from the top-left corner, clipped
import framebuf

w, h = 40, 10
buf = bytearray(w * h)
fb = framebuf.FrameBuffer(buf, w, h, framebuf.GS8)

def show():
    for y in range(h):
        print("".join(".#*+"[fb.pixel(x, y)] for x in range(w)))
    print()

fb.text("Hi 5!", 0, 0)
show()
fb.fill(0)
fb.text("gjy", 4, 1, 2)
fb.text("AB", -4, 3, 3)  # clipped on the left
show()
fb.fill(0)
fb.text("wxyz", 20, 6)   # clipped on the right and bottom
fb.text("@", 0, -4)     # clipped at the top
show()
# only set pixels are drawn: text over a background
fb.fill(1)
fb.text("ok", 0, 1, 0)
show()
# characters outside 32..127 use the glyph of 127
fb.fill(0)
fb.text("\x1f\x7f\u00e9", 0, 0, 1)
a = bytes(buf)
fb.fill(0)
fb.text("\x7f\x7f\x7f", 0, 0, 1)
print(a == bytes(buf))
show()
# nothing to draw
fb.fill(0)
fb.text("", 0, 0)
fb.text("far away", 1000, 0)
fb.text("far away", 0, -9)
fb.text("far away", -1000, 0)
print(sum(buf))
try:
    fb.text(12, 0, 0)
except TypeError:
    print("TypeError")
# every printable glyph has some ink, except space
buf8 = bytearray(8)
g = framebuf.FrameBuffer(buf8, 8, 8, framebuf.MONO_VLSB)
blank = []
for c in range(32, 128):
    g.fill(0)
    g.text(chr(c), 0, 0)
    if not any(buf8):
        blank.append(c)
print(blank)

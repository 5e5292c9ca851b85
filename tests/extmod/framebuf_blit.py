# framebuf blit(): clipping, transparent key, other formats, palettes,
# tuple sources
import framebuf

W, H = 8, 6
buf = bytearray(W * H)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.GS8)

def show(f=fb, w=W, h=H):
    for y in range(h):
        print("".join("%x" % f.pixel(x, y) for x in range(w)))
    print()

sbuf = bytearray(3 * 2)
src = framebuf.FrameBuffer(sbuf, 3, 2, framebuf.GS8)
sbuf[:] = bytes([1, 2, 3, 4, 0, 5])

fb.fill(9)
fb.blit(src, 0, 0)
fb.blit(src, 5, 4)
fb.blit(src, 6, 5)      # partly off the right/bottom
fb.blit(src, -1, -1)    # partly off the left/top
fb.blit(src, 2, 2, 0)   # 0 is transparent
show()
fb.fill(0)
# completely outside: nothing
for x, y in ((8, 0), (0, 6), (-3, 0), (0, -2), (100, -100)):
    fb.blit(src, x, y)
print(sum(buf))

# 1-bit source into 8-bit: colours 0 and 1
mbuf = bytearray(3)
mono = framebuf.FrameBuffer(mbuf, 3, 8, framebuf.MONO_VLSB)
mbuf[:] = bytes([0x81, 0x42, 0x24])
fb.fill(7)
fb.blit(mono, 1, -1)
show()
fb.fill(7)
fb.blit(mono, 1, -1, 0)
show()
# with a palette mapping 0 -> 5, 1 -> 0xc (key after mapping)
pbuf = bytearray(2)
pal = framebuf.FrameBuffer(pbuf, 2, 1, framebuf.GS8)
pal.pixel(0, 0, 5)
pal.pixel(1, 0, 0xc)
fb.fill(0)
fb.blit(mono, 0, 0, -1, pal)
show()
fb.fill(0)
fb.blit(mono, 0, 0, 5, pal)
show()
# 8-bit source into 1-bit: any non-zero colour sets the pixel
dbuf = bytearray(4)
dst = framebuf.FrameBuffer(dbuf, 4, 8, framebuf.MONO_VLSB)
dst.blit(src, 0, 0)
print(dbuf.hex())
# GS4 colours into GS2 keep their low bits
g4 = framebuf.FrameBuffer(bytearray(2), 4, 1, framebuf.GS4_HMSB)
for i in range(4):
    g4.pixel(i, 0, i + 5)
g2buf = bytearray(1)
g2 = framebuf.FrameBuffer(g2buf, 4, 1, framebuf.GS2_HMSB)
g2.blit(g4, 0, 0)
print([g2.pixel(i, 0) for i in range(4)])
# a tuple (buffer, width, height, format[, stride]) as the source
fb.fill(0)
fb.blit((bytearray(b"\x01\x02\x03\x04"), 2, 2, framebuf.GS8), 3, 3)
fb.blit((bytearray(b"\x06\x00\x07\x08\x09\x00"), 2, 2, framebuf.GS8, 3), 0, 4)
show()
# blitting onto itself
fb.fill(0)
for i in range(8):
    fb.pixel(i, 0, i)
fb.blit(fb, 1, 1)
show()
try:
    fb.blit(123, 0, 0)
except TypeError:
    print("TypeError")

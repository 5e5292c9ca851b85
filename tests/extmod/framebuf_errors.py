# framebuf: constructor validation, buffer sizes, bad arguments
import framebuf

def trial(*args, **kw):
    try:
        fb = framebuf.FrameBuffer(*args, **kw)
        print("ok", len(memoryview(fb)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)

# exact sizes are accepted, one byte less is not
trial(bytearray(10), 10, 8, framebuf.MONO_VLSB)
trial(bytearray(9), 10, 8, framebuf.MONO_VLSB)
trial(bytearray(20), 10, 9, framebuf.MONO_VLSB)
trial(bytearray(19), 10, 9, framebuf.MONO_VLSB)
trial(bytearray(16), 10, 8, framebuf.MONO_HLSB)
trial(bytearray(15), 10, 8, framebuf.MONO_HMSB)
trial(bytearray(6), 10, 2, framebuf.GS2_HMSB)
trial(bytearray(5), 10, 2, framebuf.GS2_HMSB)
trial(bytearray(10), 10, 2, framebuf.GS4_HMSB)
trial(bytearray(9), 10, 2, framebuf.GS4_HMSB)
trial(bytearray(20), 10, 2, framebuf.GS8)
trial(bytearray(19), 10, 2, framebuf.GS8)
trial(bytearray(40), 10, 2, framebuf.RGB565)
trial(bytearray(39), 10, 2, framebuf.RGB565)
# stride
trial(bytearray(24), 10, 2, framebuf.GS8, 12)
trial(bytearray(23), 10, 2, framebuf.GS8, 12)
trial(bytearray(24), 10, 2, framebuf.GS8, stride=12)
trial(bytearray(20), 10, 2, framebuf.GS8, 9)
# bad format and dimensions
trial(bytearray(100), 10, 2, 7)
trial(bytearray(100), 10, 2, -1)
trial(bytearray(100), 0, 2, framebuf.GS8)
trial(bytearray(100), 2, 0, framebuf.GS8)
trial(bytearray(100), -1, 2, framebuf.GS8)
# the buffer must be writable
trial(b"0123456789", 10, 1, framebuf.GS8)
trial("0123456789", 10, 1, framebuf.GS8)
trial(None, 10, 1, framebuf.GS8)
# any writable buffer works
import array
a = array.array("H", [0] * 4)
fb = framebuf.FrameBuffer(a, 2, 2, framebuf.RGB565)
fb.fill(0x1234)
print(list(a))
m = memoryview(bytearray(12))
fb = framebuf.FrameBuffer(m[4:], 4, 2, framebuf.GS8)
fb.fill(1)
print(bytes(m))
# wrong argument counts/types to methods
fb = framebuf.FrameBuffer(bytearray(8), 8, 8, framebuf.MONO_VLSB)
for f, args in ((fb.pixel, (0,)), (fb.pixel, (0, 0, 1, 2)), (fb.hline, (0, 0, 1)),
                (fb.line, (0, 0, 1, 1)), (fb.fill, ()), (fb.fill, ("x",)),
                (fb.pixel, (0.5, 0)), (fb.rect, (0, 0, 1, 1))):
    try:
        f(*args)
        print("ok")
    except TypeError:
        print("TypeError")
try:
    framebuf.FrameBuffer(bytearray(8), 8, 8)
except TypeError:
    print("TypeError")
# the legacy constructor is MONO_VLSB
buf = bytearray(10)
fb = framebuf.FrameBuffer1(buf, 5, 16)
fb.pixel(0, 15, 1)
print(buf.hex())
fb = framebuf.FrameBuffer1(buf, 4, 16, 5)
fb.fill(1)
print(buf.hex())
print(framebuf.MVLSB == framebuf.MONO_VLSB, framebuf.MONO_VLSB, framebuf.RGB565,
      framebuf.GS4_HMSB, framebuf.MONO_HLSB, framebuf.MONO_HMSB, framebuf.GS2_HMSB, framebuf.GS8)

# deflate.DeflateIO writing: compressed output in each format goes to the
# wrapped stream and decompresses (with zlib) to what was written
import deflate, io
try:
    import zlib
except ImportError:
    import uzlib as zlib

text = b''.join(b'%d bottles of beer on the wall\n' % i for i in range(99, 0, -1))
for fmt, wbits in ((deflate.RAW, -15), (deflate.ZLIB, 15), (deflate.GZIP, 31), (deflate.AUTO, -15)):
    for win in (0, 5, 8, 10, 15):
        b = io.BytesIO()
        d = deflate.DeflateIO(b, fmt, win)
        for i in range(0, len(text), 333):
            d.write(text[i:i + 333])
        d.close()
        c = b.getvalue()
        print(fmt, win, zlib.decompress(c, wbits) == text, len(c) < len(text) // 2, b.closed)
# zlib header: the window size requested (8 and below are written as 9)
for win in (0, 9, 12, 15):
    b = io.BytesIO()
    d = deflate.DeflateIO(b, deflate.ZLIB, win)
    d.write(b'x')
    d.close()
    print(win, b.getvalue()[0] >> 4)
# a DeflateIO read back with another DeflateIO
b = io.BytesIO()
with deflate.DeflateIO(b, deflate.GZIP) as d:
    print(d.write(text), d.write(b''), d.write(bytearray(b'end')))
b.seek(0)
print(deflate.DeflateIO(b, deflate.GZIP).read() == text + b'end')
# flush: everything written so far is decodable from the stream
b = io.BytesIO()
d = deflate.DeflateIO(b, deflate.RAW)
d.write(b'first part ' * 20)
d.flush()
mid = b.getvalue()
print(mid[-4:], zlib.decompressobj(-15).decompress(mid) == b'first part ' * 20)
d.write(b'second part')
d.close()
print(zlib.decompress(b.getvalue(), -15) == b'first part ' * 20 + b'second part')
# close=True closes the underlying stream; writing after close fails
b = io.BytesIO()
d = deflate.DeflateIO(b, deflate.ZLIB, 0, True)
d.write(b'abc')
d.close()
print(b.closed)
d.close()
try:
    d.write(b'more')
except OSError as e:
    print('OSError', e.errno)
# empty streams
for fmt, wbits in ((deflate.RAW, -15), (deflate.ZLIB, 15), (deflate.GZIP, 31)):
    b = io.BytesIO()
    d = deflate.DeflateIO(b, fmt)
    d.write(b'')
    d.close()
    print(fmt, zlib.decompress(b.getvalue(), wbits))
# any object with a write() method
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, data):
        self.parts.append(bytes(data))
        return len(data)
s = Sink()
d = deflate.DeflateIO(s, deflate.ZLIB)
d.write(text * 10)
d.close()
print(zlib.decompress(b''.join(s.parts)) == text * 10)

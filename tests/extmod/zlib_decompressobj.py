# zlib.decompressobj: streaming decompression of input arriving in pieces
# of any size (even 1 byte), max_length with unconsumed_tail, eof and
# unused_data, flush
try:
    import zlib
except ImportError:
    import uzlib as zlib

data = b''.join(b'<item id="%d">%s</item>\n' % (i, b'payload' * (i % 5)) for i in range(400))
streams = ((15, zlib.compress(data)), (-15, zlib.compress(data, 9, -15)), (31, zlib.compress(data, 1, 31)),
           (15, zlib.compress(data, 0)), (47, zlib.compress(data, 6, 31)))
for wbits, comp in streams:
    for step in (1, 5, 64, 1000, len(comp)):
        d = zlib.decompressobj(wbits)
        out = [d.decompress(comp[i:i + step]) for i in range(0, len(comp), step)]
        out.append(d.flush())
        print(wbits, step if step < 1000 else 'big', b''.join(out) == data, d.eof, d.unused_data, d.unconsumed_tail)
    # output limited by max_length; the rest of the input comes back in unconsumed_tail
    d = zlib.decompressobj(wbits)
    out = []
    buf = comp
    while buf and not d.eof:
        chunk = d.decompress(buf, 700)
        if len(chunk) > 700:
            print('too long')
        out.append(chunk)
        buf = d.unconsumed_tail
    out.append(d.flush())
    print('max_length', b''.join(out) == data, d.eof)
# data after the end of the stream
c = zlib.compress(b'hello')
d = zlib.decompressobj()
print(d.decompress(c + b'extra'), d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)
# incomplete input: no error until more data comes
d = zlib.decompressobj()
first = d.decompress(c[:4])
print(d.eof, first + d.decompress(c[4:]), d.eof)
d = zlib.decompressobj()
print(d.decompress(c[:-2]) + d.flush(), d.eof)
# bad data still raises
for bad in (b'\x78\x9c\x07\x00', b'\x78\x9d', c[:-1] + b'\x00'):
    try:
        zlib.decompressobj().decompress(bad)
        print('no error yet')
    except zlib.error as e:
        print('error', e)
# empty input
d = zlib.decompressobj()
print(d.decompress(b''), d.flush(), d.eof)

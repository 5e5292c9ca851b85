# bad zlib data raises zlib.error with zlib's messages: bad headers, bad
# block types, bad Huffman tables, distances too far back, truncation
try:
    import zlib
except ImportError:
    import uzlib as zlib

def check(data, wbits=15):
    try:
        r = zlib.decompress(data, wbits)
        print('ok', len(r))
    except zlib.error as e:
        print(type(e).__name__, e)

good = b'x\x9c\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaaxT\xf1\xa8\xe2Q\xc5\xc3K1\x00\x88\n\x867'
raw = b'\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaaxT\xf1\xa8\xe2Q\xc5\xc3K1\x00'
print(issubclass(zlib.error, Exception))
check(good)
check(b'')                         # nothing
check(b'\x78')                     # half a header
check(b'\x78\x9d' + good[2:])      # header checksum
check(b'\x79\x9c' + good[2:])      # (also the checksum)
check(b'\x7a\x10' + good[2:])      # compression method 10
check(b'\x88\x98' + good[2:])      # window 2**16
check(b'\x78\xbb' + good[2:])      # preset dictionary
check(good[:2] + b'\x07' + good[3:])  # block type 3
for n in (3, 10, len(good) // 2, len(good) - 4, len(good) - 1):
    check(good[:n])                 # truncated
check(good[:-1] + bytes([good[-1] ^ 1]))  # Adler-32
check(b'\x00\x05\x00\xfa\xfehello', -15)   # stored: LEN/NLEN mismatch
check(b'\x01\x05\x00\xfa\xffhel', -15)      # stored: truncated
# hand-assembled raw blocks, each with one defect
check(b'K\x04b\x00', -15)  # far
check(b'K\x04>\x00', -15)  # dist30
check(b'K\x1c\x03\x00', -15)  # len286
check(b'\x05\xde\x01\x00\x00\x00\x00@\x10', -15)  # hdist31
check(b'\x05\xc0\x01\x04\x00\x00\x00@\x10', -15)  # cl_over
check(b'\x05\xc0\x01\x00\x00\x00\x00\x00 ', -15)  # cl_incomplete
check(b'\x05\xc0\x03\x01\x00\x00\x00\x00 \x00', -15)  # repeat_first
check(b'\x05\xc0\x03\x01\x00\x00\x00\x00\xa0\xff\xff\x01', -15)  # repeat_over
check(b'\x05\xc0\x03\x01\x00\x00\x00\x00\xa0\xfa\xbf:', -15)  # no_eob
check(b'\x05\xc0\x03\x01\x00\x00\x00\x00\xa0\xc2\xff\xcd\x05', -15)  # lit_over
check(b'\x05\xc1\x81\x00\x00\x00\x00\x80\xa0\xfc\xa9{', -15)  # dist_incomplete
check(raw, -15)
check(raw[:40], -15)
check(bytes(20), -15)               # 0 0: a stored block with LEN 0 / NLEN 0

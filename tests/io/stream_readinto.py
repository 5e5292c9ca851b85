# readinto on files and BytesIO with various writable buffers.
import io
import os

NAME = '_tmp_io_stream_readinto.bin'
with open(NAME, 'wb') as f:
    f.write(b'abcdefghijklmnopqrstuvwxyz')

with open(NAME, 'rb') as f:
    b = bytearray(5)
    print(f.readinto(b), b)
    m = memoryview(bytearray(8))
    print(f.readinto(m[2:6]), bytes(m))
    big = bytearray(100)
    n = f.readinto(big)
    print(n, big[:n])
    print(f.readinto(bytearray(4)))
    try:
        f.readinto(b'immutable')
    except TypeError:
        print('TypeError')

for src in [io.BytesIO(b'0123456789')]:
    b = bytearray(4)
    print(src.readinto(b), b)
    print(src.readinto(b), b)
    print(src.readinto(b), b)
    print(src.readinto(b), b)

os.remove(NAME)

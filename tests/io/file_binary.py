# Binary files: bytes in and out, bytes-like arguments, readinto.
import os

NAME = '_tmp_io_file_binary.bin'

with open(NAME, 'wb') as f:
    print(f.write(b'\x00\x01\x02abc\xff'))
    print(f.write(bytearray(b'ba')))
    print(f.write(memoryview(b'mv')))
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError', e)
    try:
        f.write(5)
    except TypeError as e:
        print('TypeError', e)

with open(NAME, 'rb') as f:
    data = f.read()
    print(type(data).__name__, data, len(data))

with open(NAME, 'rb') as f:
    print(f.read(2), f.read(3), f.read(100), f.read(1), f.read())

with open(NAME, 'rb') as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    mv = memoryview(bytearray(10))
    n = f.readinto(mv)
    print(n, bytes(mv[:n]))
    print(f.readinto(bytearray(3)))

with open(NAME, 'rb') as f:
    print(f.read1(3))
    print(list(f))

with open(NAME, 'wb') as f:
    f.write(bytes(range(256)))
with open(NAME, 'rb') as f:
    d = f.read()
    print(len(d), d[0], d[255], sum(d))

# text mode refuses bytes
with open(NAME, 'w') as f:
    try:
        f.write(b'x')
    except TypeError as e:
        print('TypeError', e)
os.remove(NAME)

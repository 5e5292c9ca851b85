# seek and tell on text and binary files.
import os

NAME = '_tmp_io_file_seek_tell.bin'

with open(NAME, 'wb') as f:
    f.write(b'0123456789')
    print(f.tell())
    print(f.seek(2))
    f.write(b'ab')
    print(f.tell())
    print(f.seek(0, 2))
    print(f.seek(-3, 2))
    print(f.seek(1, 1))
    f.write(b'Z')

with open(NAME, 'rb') as f:
    print(f.read())
    print(f.tell())
    print(f.seek(3), f.read(2), f.tell())
    print(f.seek(-2, 1), f.read(1))
    print(f.seek(100), f.read(), f.tell())
    try:
        f.seek(-1)
    except OSError as e:
        print('OSError', e.errno)
    try:
        f.seek(0, 5)
    except ValueError as e:
        print('ValueError', e)
    try:
        f.seek(1.5)
    except TypeError as e:
        print('TypeError')

with open(NAME) as f:
    print(f.read(2), f.tell())
    pos = f.tell()
    print(f.readline())
    f.seek(pos)
    print(f.read())
    print(f.seek(0, 2))
    print(f.seek(0, 1))
    print(f.seek(0))
    print(f.read(1))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-5)
    except ValueError as e:
        print('ValueError', e)
    try:
        f.seek(0, 3)
    except ValueError as e:
        print('ValueError', e)

# tell while reading lines
with open(NAME, 'w') as f:
    f.write('aa\nbbb\ncccc\n')
with open(NAME) as f:
    positions = []
    while True:
        positions.append(f.tell())
        if not f.readline():
            break
    print(positions)
    f.seek(positions[2])
    print(repr(f.readline()))
os.remove(NAME)

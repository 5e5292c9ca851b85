# truncate() keeps the position; with no argument it cuts at the position.
import os

NAME = '_tmp_io_file_truncate.bin'

with open(NAME, 'wb') as f:
    f.write(b'0123456789')
    print(f.truncate(5))
    print(f.tell())
    f.seek(0)
    print(f.truncate())
    f.write(b'ab')

with open(NAME, 'rb') as f:
    print(f.read())

with open(NAME, 'r+b') as f:
    f.seek(1)
    print(f.truncate())
    print(f.read())
    print(f.truncate(10))
    f.seek(0)
    print(f.read())

with open(NAME, 'w+') as f:
    f.write('hello world')
    f.seek(5)
    print(f.truncate())
    f.seek(0)
    print(f.read())
print(os.stat(NAME)[6])
os.remove(NAME)

# Append mode: writes always go to the end.
import os

NAME = '_tmp_io_file_append.txt'

with open(NAME, 'w') as f:
    f.write('one\n')
with open(NAME, 'a') as f:
    print(f.tell())
    f.write('two\n')
    print(f.tell())
with open(NAME, 'a') as f:
    f.write('three\n')
with open(NAME) as f:
    print(f.read(), end='')

with open(NAME, 'a+') as f:
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()))
    f.write('four\n')
    f.seek(0)
    print(f.read().split())

with open(NAME, 'ab') as f:
    f.write(b'five\n')
with open(NAME, 'rb') as f:
    print(f.read().count(b'\n'))

os.remove(NAME)
with open(NAME, 'a') as f:
    print(f.tell())
    f.write('created')
with open(NAME) as f:
    print(f.read())
os.remove(NAME)

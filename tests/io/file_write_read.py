# Basic text file writing and reading.
import os

NAME = '_tmp_io_file_write_read.txt'

f = open(NAME, 'w')
print(f.write('hello\n'))
print(f.write('world\n'))
print(f.write(''))
f.close()

f = open(NAME)
print(repr(f.read()))
print(repr(f.read()))
f.close()

with open(NAME) as f:
    print(repr(f.read(3)))
    print(repr(f.read(4)))
    print(repr(f.read(0)))
    print(repr(f.read(-1)))
    print(repr(f.read(None)))

with open(NAME, 'r') as f:
    data = f.read()
print(data.split())
print(type(data).__name__)

# overwrite
with open(NAME, 'w') as f:
    f.write('short')
with open(NAME) as f:
    print(repr(f.read()))

# many small writes
with open(NAME, 'w') as f:
    for i in range(100):
        f.write(str(i))
        f.write(',')
with open(NAME) as f:
    s = f.read()
print(len(s), s[:20], s[-10:])

os.remove(NAME)
print(NAME in os.listdir('.'))

# The newline argument: universal newlines on read, translation on write.
import os

NAME = '_tmp_io_file_newlines.txt'
DATA = b'a\nb\r\nc\rd\r\n\re'

with open(NAME, 'wb') as f:
    f.write(DATA)

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(NAME, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(NAME, newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(NAME, newline=nl) as f:
        print(repr(nl), repr(f.read(4)), repr(f.read(3)))

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(NAME, 'w', newline=nl) as f:
        f.write('x\ny\r\nz\n')
    with open(NAME, 'rb') as f:
        print(repr(nl), f.read())

try:
    open(NAME, newline='x')
except ValueError as e:
    print(e)
try:
    open(NAME, 'rb', newline='\n')
except ValueError as e:
    print(e)

# a \r at the very end, and \r\n split across a buffer boundary
with open(NAME, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'y\r')
with open(NAME) as f:
    lines = f.readlines()
    print(len(lines), len(lines[0]), repr(lines[1]))
with open(NAME) as f:
    s = f.read()
    print(len(s), s.count('\n'), s.count('\r'))
os.remove(NAME)

# name, mode, closed, fileno, isatty, readable/writable/seekable, opening by
# descriptor, buffer of a text file.
import os

NAME = '_tmp_io_file_attrs.txt'

f = open(NAME, 'w')
print(f.name, f.mode, f.closed)
fd = f.fileno()
print(type(fd).__name__, fd > 2)
print(f.isatty(), f.readable(), f.writable(), f.seekable())
print(f.encoding, f.errors, f.line_buffering)
f.write('via text ')
f.flush()
f.buffer.write(b'and bytes')
print(f.buffer.name == f.name, f.buffer.mode)
f.close()
print(f.buffer.closed)
with open(NAME) as g:
    print(g.read())

# open an existing descriptor without taking ownership
f = open(NAME)
g = open(f.fileno(), closefd=False)
print(g.name == f.fileno())
print(g.read(3))
g.close()
print(f.read(3))
f.close()

try:
    open(NAME, closefd=False)
except ValueError as e:
    print(e)

# buffering=0 for binary writes straight through
f = open(NAME, 'wb', buffering=0)
f.write(b'raw')
with open(NAME, 'rb') as g:
    print(g.read())
f.close()

# a path-like object
class P:
    def __fspath__(self):
        return NAME
with open(P()) as f:
    print(f.read())
os.remove(NAME)

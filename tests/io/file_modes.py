# open() modes: r w a x +, b and t, and the mode attribute.
import os

NAME = '_tmp_io_file_modes.bin'

with open(NAME, 'w') as f:
    f.write('abc')

for mode in ['r', 'rt', 'rb', 'r+', 'r+b', 'rb+', 'a', 'ab', 'a+', 'a+b', 'w+', 'w+b', 'wb']:
    with open(NAME, 'w') as f:
        f.write('abc')
    f = open(NAME, mode)
    print(mode, repr(f.mode), f.readable(), f.writable())
    if f.readable():
        print(' read:', repr(f.read()))
    if f.writable():
        f.write(b'XY' if 'b' in mode else 'XY')
    f.close()
    with open(NAME, 'rb') as f:
        print(' now:', f.read())

os.remove(NAME)
f = open(NAME, 'x')
print(f.mode)
f.write('new')
f.close()
try:
    open(NAME, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
f = open(NAME, 'rb')
print(f.mode, f.read())
f.close()
os.remove(NAME)
with open(NAME, 'x+b') as f:
    print(f.mode)
    f.write(b'12')
    f.seek(0)
    print(f.read())
os.remove(NAME)

# bad modes
for mode in ['rw', 'rbt', 'q', 'rr', 'b', '+', 'wa', 'r++', '']:
    try:
        open(NAME, mode)
    except ValueError as e:
        print(repr(mode), e)
try:
    open(NAME, 1)
except TypeError as e:
    print('TypeError')

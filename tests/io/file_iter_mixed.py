# Mixing iteration, readline and read on the same file; reading after
# writing on a file opened for update.
import os

NAME = '_tmp_io_file_iter_mixed.txt'
with open(NAME, 'w') as f:
    f.write(''.join('row %d\n' % i for i in range(10)))

with open(NAME) as f:
    print(next(f), end='')
    print(f.readline(), end='')
    for line in f:
        if line.startswith('row 5'):
            break
    print(repr(f.read(6)))
    print(f.readlines())

with open(NAME, 'r+') as f:
    f.seek(0, 2)
    f.write('row 10\n')
    f.seek(0)
    print(len(f.readlines()))

with open(NAME, 'w+') as f:
    f.write('fresh\ncontent\n')
    f.seek(0)
    print(f.read())
    f.write('more\n')
    f.seek(0)
    print(f.read().split())

with open(NAME, 'rb+') as f:
    print(f.read(3))
    f.write(b'XX')
    f.seek(0)
    print(f.readline())
os.remove(NAME)

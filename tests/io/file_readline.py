# readline, readline(size), readlines(hint) and iteration.
import os

NAME = '_tmp_io_file_readline.txt'

with open(NAME, 'w') as f:
    f.write('first line\nsecond\n\nfourth line here\nno newline at end')

with open(NAME) as f:
    while True:
        line = f.readline()
        if not line:
            break
        print(repr(line))
    print(repr(f.readline()))

with open(NAME) as f:
    print(repr(f.readline(5)))
    print(repr(f.readline(5)))
    print(repr(f.readline(0)))
    print(repr(f.readline(-1)))

with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    print(f.readlines(1))
    print(f.readlines(12))
    print(f.readlines(0))

with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))

with open(NAME) as f:
    print(sum(1 for _ in f))

with open(NAME, 'rb') as f:
    print(f.readline())
    print(f.readline(3))
    print(f.readlines())

with open(NAME) as f:
    it = iter(f)
    print(it is f)
    print(repr(next(f)))
    print(repr(f.read(4)))
    print(repr(next(f)))

os.remove(NAME)

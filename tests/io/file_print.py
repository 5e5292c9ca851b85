# print(file=...) to files, with sep and end.
import os

NAME = '_tmp_io_file_print.txt'

with open(NAME, 'w') as f:
    print('hello', 'world', file=f)
    print(1, 2, 3, sep='-', end='!\n', file=f)
    print(file=f)
    print('no newline', end='', file=f)
    print([1, 'a'], {'k': None}, file=f, flush=True)

with open(NAME) as f:
    print(repr(f.read()))

with open(NAME, 'rb') as f:
    try:
        print('x', file=f)
    except Exception as e:
        print(type(e).__name__)
os.remove(NAME)

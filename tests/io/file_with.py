# Files as context managers: closed on normal exit and on exceptions.
import os

NAME = '_tmp_io_file_with.txt'

with open(NAME, 'w') as f:
    print(f.write('abc'))
    print(f.closed)
print(f.closed)

with open(NAME) as f:
    print(f.read())

try:
    with open(NAME, 'a') as f:
        f.write('def')
        raise RuntimeError('boom')
except RuntimeError as e:
    print('caught', e)
print(f.closed)
with open(NAME) as f:
    print(f.read())

# __enter__ returns the file itself
f = open(NAME)
with f as g:
    print(g is f)
print(f.closed)

# nested, several files
with open(NAME) as a, open(NAME, 'rb') as b:
    print(a.read(1), b.read(2))
print(a.closed, b.closed)

# the exception is not swallowed
def fn():
    with open(NAME) as f:
        return f.read() + '!'
print(fn())

def gen():
    with open(NAME) as f:
        for line in f:
            yield line
print(list(gen()))
os.remove(NAME)

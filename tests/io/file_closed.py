# Operations on a closed file raise ValueError; close() is idempotent.
import os

NAME = '_tmp_io_file_closed.txt'

f = open(NAME, 'w')
print(f.closed)
f.write('x')
f.close()
print(f.closed)
f.close()
print(f.closed)

def attempt(label, fn, show=True):
    try:
        r = fn()
        print(label, 'ok', r)
    except ValueError as e:
        print(label, 'ValueError', e if show else '')

attempt('write', lambda: f.write('y'))
attempt('writelines', lambda: f.writelines(['y']))
attempt('flush', lambda: f.flush())
attempt('tell', lambda: f.tell())
attempt('seek', lambda: f.seek(0))
attempt('truncate', lambda: f.truncate())
attempt('with', lambda: f.__enter__())
print(f.name, f.mode)

r = open(NAME)
r.close()
attempt('read', lambda: r.read())
attempt('read1', lambda: r.read(1))
attempt('readline', lambda: r.readline())
attempt('readlines', lambda: r.readlines())
attempt('iter', lambda: iter(r))
attempt('next', lambda: next(r))

b = open(NAME, 'rb')
b.close()
attempt('bread', lambda: b.read(), False)
attempt('readinto', lambda: b.readinto(bytearray(2)), False)
print(b.closed)

with open(NAME) as g:
    print(g.closed)
print(g.closed)

# closing inside with is fine
with open(NAME) as g:
    g.close()
print(g.closed)
os.remove(NAME)

# Reading a write-only file or writing a read-only file raises
# io.UnsupportedOperation, which is both an OSError and a ValueError.
import io
import os

NAME = '_tmp_io_file_unsupported.txt'

print(issubclass(io.UnsupportedOperation, OSError))
print(issubclass(io.UnsupportedOperation, ValueError))

f = open(NAME, 'w')
for name in ['read', 'readline', 'readlines']:
    try:
        getattr(f, name)()
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e)
try:
    next(f)
except io.UnsupportedOperation as e:
    print('next', e)
try:
    f.read()
except ValueError as e:
    print('as ValueError:', e)
try:
    f.read()
except OSError as e:
    print('as OSError:', e)
f.close()

f = open(NAME, 'rb')
for name, args in [('write', (b'x',)), ('writelines', ([b'x'],)), ('truncate', ())]:
    try:
        getattr(f, name)(*args)
    except io.UnsupportedOperation as e:
        print(name, e)
    except OSError as e:
        print(name, 'OSError', type(e).__name__)
f.close()

f = open(NAME)
try:
    f.write('x')
except io.UnsupportedOperation as e:
    print('text write', e)
f.close()

s = io.StringIO()
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print('fileno', e)
b = io.BytesIO()
try:
    b.fileno()
except OSError as e:
    print('fileno OSError', type(e).__name__)

os.remove(NAME)

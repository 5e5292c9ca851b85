# The io module's names.
import io

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(callable(io.open))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(io.StringIO(), io.StringIO), isinstance(io.BytesIO(), io.BytesIO))
print(io.StringIO.__name__, io.BytesIO.__name__)
print(hasattr(io, 'TextIOWrapper'), hasattr(io, 'FileIO'))

NAME = '_tmp_io_io_module.txt'
with io.open(NAME, 'w') as f:
    f.write('via io.open')
    print(isinstance(f, io.TextIOWrapper))
with open(NAME) as f:
    print(f.read())
import os
os.remove(NAME)

try:
    raise io.UnsupportedOperation('custom')
except ValueError as e:
    print('caught as ValueError:', e)

# Other encodings: latin-1 and ascii.
import os

NAME = '_tmp_io_file_encoding.txt'

with open(NAME, 'w', encoding='latin-1') as f:
    print(f.encoding)
    print(f.write('café\n'))
with open(NAME, 'rb') as f:
    print(f.read())
with open(NAME, encoding='latin-1') as f:
    print(repr(f.read()))
with open(NAME, encoding='latin1') as f:
    print(repr(f.read(4)))

with open(NAME, 'w', encoding='ascii') as f:
    f.write('plain\n')
    try:
        f.write('é')
    except UnicodeEncodeError:
        print('UnicodeEncodeError')
with open(NAME, 'rb') as f:
    print(f.read())

with open(NAME, 'w', encoding='ascii', errors='replace') as f:
    f.write('né\n')
with open(NAME, 'rb') as f:
    print(f.read())

with open(NAME, 'wb') as f:
    f.write(b'\xe9t\xe9')
with open(NAME, encoding='ascii') as f:
    try:
        f.read()
    except UnicodeDecodeError:
        print('UnicodeDecodeError')
with open(NAME, encoding='latin-1') as f:
    print(f.read())
os.remove(NAME)

# Text files are UTF-8: read(n) counts characters, undecodable bytes raise
# UnicodeDecodeError unless errors= says otherwise.
import os

NAME = '_tmp_io_file_utf8.txt'
TEXT = 'aé€😀b\nñ\n'

with open(NAME, 'w', encoding='utf-8') as f:
    print(f.write(TEXT))
with open(NAME, 'rb') as f:
    raw = f.read()
print(raw, len(raw))

with open(NAME, encoding='utf-8') as f:
    print(repr(f.read(1)), repr(f.read(1)), repr(f.read(2)), repr(f.read(1)))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(NAME, encoding='utf8') as f:
    print(f.readline(3))
    print(f.read() == TEXT[3:])
with open(NAME) as f:
    print(f.read() == TEXT)
    print(f.encoding)

with open(NAME, 'wb') as f:
    f.write(b'ok\n\xff\xfebad\n')
with open(NAME) as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError')
with open(NAME, errors='replace') as f:
    print(repr(f.read()))
with open(NAME, errors='ignore') as f:
    print(repr(f.read()))
with open(NAME, errors='surrogateescape') as f:
    print(repr(f.read()))
with open(NAME, 'rb') as f:
    print(f.read().decode('utf-8', 'replace'))

# a multi-byte character split across the read buffer
with open(NAME, 'w') as f:
    f.write('x' * 8191 + 'é' * 3)
with open(NAME) as f:
    s = f.read()
    print(len(s), s[-4:])
with open(NAME) as f:
    f.read(8190)
    print(repr(f.read(2)), repr(f.read()))
os.remove(NAME)

# Files larger than the internal buffers: lines and chunks across
# buffer boundaries, big single reads and writes.
import os

NAME = '_tmp_io_file_large.txt'

with open(NAME, 'w') as f:
    for i in range(5000):
        f.write('line %d %s\n' % (i, 'x' * (i % 37)))

with open(NAME) as f:
    n = 0
    total = 0
    for line in f:
        n += 1
        total += len(line)
        if not line.startswith('line %d ' % (n - 1)):
            print('bad line', n)
            break
print(n, total)
print(os.stat(NAME)[6] == total)

with open(NAME) as f:
    s = f.read()
print(len(s), s.count('\n'))

with open(NAME, 'rb') as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c:
            break
        chunks.append(len(c))
print(len(chunks), chunks[0], chunks[-1], sum(chunks))

with open(NAME) as f:
    f.read(10000)
    print(repr(f.readline()))
    print(f.tell())

big = b'0123456789abcdef' * 10000
with open(NAME, 'wb') as f:
    print(f.write(big))
with open(NAME, 'rb') as f:
    print(f.read() == big)
with open(NAME, 'rb') as f:
    print(f.read(100000) == big[:100000], len(f.read(100000)))
with open(NAME, 'r+b') as f:
    f.seek(50000)
    f.write(b'HERE')
    f.seek(49998)
    print(f.read(8))
os.remove(NAME)

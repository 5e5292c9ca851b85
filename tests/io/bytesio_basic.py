# io.BytesIO: an in-memory binary stream.
import io

b = io.BytesIO()
print(b.write(b'hello'))
print(b.write(bytearray(b' world\n')))
print(b.write(memoryview(b'mv')))
print(b.getvalue())
print(b.read())
b.seek(0)
print(b.read(3), b.read(2), b.tell())
print(b.readline())
print(b.readline())
print(b.readline())

b = io.BytesIO(b'one\ntwo\nthree')
print(b.readlines())
b.seek(0)
print(list(b))
b.seek(0)
buf = bytearray(5)
print(b.readinto(buf), buf)
print(b.read1(2), b.read1())

b = io.BytesIO(b'abcdef')
b.write(b'XY')
print(b.getvalue(), b.tell())

print(io.BytesIO(bytearray(b'copy')).getvalue())
print(io.BytesIO(initial_bytes=b'kw').read())
print(io.BytesIO(None).getvalue())
try:
    io.BytesIO('str')
except TypeError as e:
    print('TypeError', e)
try:
    io.BytesIO().write('str')
except TypeError as e:
    print('TypeError', e)

with io.BytesIO(b'ctx') as b:
    print(b.read())
print(b.closed)
try:
    b.read()
except ValueError as e:
    print('ValueError', e)
try:
    b.getvalue()
except ValueError as e:
    print('ValueError', e)

b = io.BytesIO(bytes(range(256)) * 100)
data = b.read()
print(len(data), data[300], b.read(), b.tell())

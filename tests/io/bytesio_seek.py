# BytesIO seek/tell/truncate, and writing past the end.
import io

b = io.BytesIO(b'0123456789')
print(b.seek(3), b.read(2))
print(b.seek(2, 1), b.read(1))
print(b.seek(-3, 2), b.read())
print(b.seek(-100, 1), b.tell())
print(b.seek(20), b.read(), b.tell())
b.write(b'!')
print(b.getvalue())

try:
    b.seek(-1)
except ValueError as e:
    print('ValueError', e)
try:
    b.seek(0, 3)
except ValueError as e:
    print('ValueError', e)

b = io.BytesIO(b'abcdef')
print(b.truncate(3), b.getvalue(), b.tell())
b.seek(1)
print(b.truncate(), b.getvalue())
b.seek(0, 2)
b.write(b'Z')
print(b.getvalue())
try:
    b.truncate(-1)
except ValueError as e:
    print('ValueError', e)
print(b.truncate(100), b.getvalue())

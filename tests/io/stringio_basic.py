# io.StringIO: an in-memory text stream.
import io

s = io.StringIO()
print(s.write('hello'))
print(s.write(' wörld\n'))
print(s.getvalue())
print(repr(s.read()))
s.seek(0)
print(repr(s.read(5)), repr(s.read()))
print(s.tell())

s = io.StringIO('line1\nline2\nline3')
print(s.readline(), end='')
print(s.readlines())
print(repr(s.readline()))
s.seek(0)
print([l for l in s])
s.seek(0)
print(list(enumerate(s)))

s = io.StringIO('abc')
s.write('X')
print(s.getvalue(), s.tell())
s.seek(0, 2)
s.write('end')
print(s.getvalue())

print(io.StringIO('init').read())
print(io.StringIO(None).getvalue() == '')
print(io.StringIO(initial_value='kw').getvalue())

s = io.StringIO()
print('to', 'stringio', sep=', ', file=s)
s.writelines(['a', 'b', 'c\n'])
print(repr(s.getvalue()))

with io.StringIO('ctx') as s:
    print(s.read())
print(s.closed)
try:
    s.read()
except ValueError as e:
    print('ValueError', e)
try:
    s.getvalue()
except ValueError as e:
    print('ValueError', e)

try:
    io.StringIO(b'bytes')
except TypeError as e:
    print('TypeError', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError', e)
try:
    io.StringIO().write(1)
except TypeError as e:
    print('TypeError', e)

s = io.StringIO('abc')
print(s.readable(), s.writable(), s.seekable(), s.isatty())
s.flush()
print(s.read(None), repr(s.read(-1)))

# subclassing
class Upper(io.StringIO):
    def upper_value(self):
        return self.getvalue().upper()
u = Upper()
u.write('sub')
print(u.upper_value(), isinstance(u, io.StringIO))

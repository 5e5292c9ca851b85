# StringIO positions count characters, not bytes.
import io

s = io.StringIO('héllo wörld')
print(s.tell())
print(s.read(2), s.tell())
s.seek(7)
print(s.read(), s.tell())
s.seek(1)
s.write('E')
print(s.getvalue())
s.seek(0)
s.write('€€')
print(s.getvalue(), s.tell())
print(s.read(3))
s.seek(0, 2)
print(s.tell())

# seek past the end then write pads with NULs
s = io.StringIO('ab')
s.seek(5)
print(repr(s.read()))
s.write('z')
print(repr(s.getvalue()))

# truncate
s = io.StringIO('héllo')
print(s.truncate(2), repr(s.getvalue()), s.tell())
s.seek(1)
print(s.truncate(), repr(s.getvalue()))
s.seek(0, 2)
s.write('XYZ')
print(repr(s.getvalue()))

for args in [(-1,), (1, 1), (1, 2), (0, 3)]:
    try:
        io.StringIO('abc').seek(*args)
    except (ValueError, OSError) as e:
        print(args, type(e).__name__, e)
print(io.StringIO('abc').seek(0, 1), io.StringIO('abc').seek(0, 2))
try:
    io.StringIO().truncate(-1)
except ValueError as e:
    print(e)

# read(n) and readline(n) in characters
s = io.StringIO('日本語テキスト\n二行目\n')
print(s.read(3))
print(s.readline(2))
print(s.readline())
print(s.readline(10))
print(s.tell())

# StringIO's newline argument.
import io

data = 'a\r\nb\rc\nd'
for nl in ['\n', None, '', '\r', '\r\n']:
    s = io.StringIO(data, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())

s = io.StringIO(newline=None)
s.write('x\r\ny\r')
print(repr(s.getvalue()))
s = io.StringIO(newline='\r\n')
s.write('x\ny\n')
print(repr(s.getvalue()))
s.seek(0)
print(s.readlines())
try:
    io.StringIO(newline='bad')
except ValueError as e:
    print('ValueError', e)

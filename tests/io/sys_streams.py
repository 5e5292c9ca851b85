# sys.stdout/stderr/stdin are streams; replacing sys.stdout redirects print.
import io
import sys

print(sys.stdout.write('written\n'))
print(sys.stdout.write('é€\n'))
sys.stdout.flush()
sys.stdout.writelines(['a', 'b\n'])
sys.stdout.buffer.write(b'binary write\n')
sys.stdout.buffer.flush()
print(sys.stdout.fileno(), sys.stdin.fileno(), sys.stderr.fileno())
print(sys.stdout.writable(), sys.stdin.readable())

old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print('captured', 1, 2)
print('more', end='')
sys.stdout = old
print(repr(buf.getvalue()))

sys.stdout = None
print('dropped')
sys.stdout = old
print('restored')

class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
r = Recorder()
sys.stdout = r
print('x', 'y', sep='|')
sys.stdout = old
print(r.parts)
print('to buffer', file=buf)
print(repr(buf.getvalue()[-10:]))

# stdin is empty when the tests run
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print('EOFError', e)
print(sys.__stdout__ is old)
try:
    sys.stdin.write('x')
except OSError as e:
    print(type(e).__name__)

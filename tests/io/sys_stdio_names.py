# The standard streams' attributes and their binary .buffer.
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding, s.closed)
    print(' ', s.buffer.mode, s.buffer.name == s.name)
print(sys.stdout.buffer.write(b'abc\n'))
print(sys.stdin.buffer.read())
print(list(sys.stdin))
print(sys.stdin.readlines())

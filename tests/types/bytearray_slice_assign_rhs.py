# bytearray slice assignment with any iterable right-hand side, steps, growth/shrink, errors
def t(b, idx, v):
    try:
        b[idx] = v
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
t(bytearray(b'abcdef'), slice(1, 3), b'XYZ')
t(bytearray(b'abcdef'), slice(1, 3), [65, 66, 67, 68])
t(bytearray(b'abcdef'), slice(1, 3), (x for x in (49, 50)))
t(bytearray(b'abcdef'), slice(1, 3), range(48, 50))
t(bytearray(b'abcdef'), slice(1, 3), bytearray(b''))
t(bytearray(b'abcdef'), slice(1, 3), memoryview(b'mv'))
t(bytearray(b'abcdef'), slice(None, None, 2), b'123')
t(bytearray(b'abcdef'), slice(None, None, -2), [49, 50, 51])
t(bytearray(b'abcdef'), slice(None, None, 2), b'12')
t(bytearray(b'abcdef'), slice(5, 1), b'ins')
t(bytearray(b'abcdef'), slice(100, 200), b'end')
t(bytearray(b'abcdef'), slice(-100, 0), b'start')
t(bytearray(b'abcdef'), slice(0, 6), 3)
t(bytearray(b'abcdef'), slice(0, 2), 'str')
t(bytearray(b'abcdef'), slice(0, 2), [256])
t(bytearray(b'abcdef'), slice(0, 2), [1.5])
t(bytearray(b'abcdef'), 0, 300)
t(bytearray(b'abcdef'), -1, 90)
t(bytearray(b'abcdef'), 6, 90)
t(bytearray(b'abcdef'), 0, b'x')
b = bytearray(b'abcdef')
b[1:4] = b
print(b)
b = bytearray(b'abc')
b[::-1] = b
print(b)
class I:
    def __index__(self):
        return 88
b[0] = I()
b[1:2] = [I()]
print(b)

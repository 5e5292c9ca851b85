# bytearray indexing with negatives, __index__ objects, item ops, setting from ints, iteration during change
b = bytearray(b'hello')
print(b[0], b[-1], b[-5], b[1:-1], b[::-1])
b[-1] = ord('O')
b[0] += 1
print(b)
class I:
    def __index__(self):
        return 1
b[I()] = 65
print(b, b[I()])
for idx in (5, -6, 2**70):
    try:
        b[idx] = 1
    except IndexError as e:
        print('IndexError', e)
for v in (-1, 256, 'a', 1.5, None):
    try:
        b[0] = v
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
out = []
for x in b:
    out.append(x)
    if len(b) < 8:
        b.append(33)
print(out, b)
print(b.index(33), b.rindex(33), b.find(b'!!'), b.count(33))

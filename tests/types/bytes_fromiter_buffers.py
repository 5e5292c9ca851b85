# bytes/bytearray from iterables of index objects, generators, large ranges, other buffers (array)
import array
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(bytes([I(65), I(66)]), bytearray(I(c) for c in (1, 2)), bytes(range(250, 256)), len(bytes(range(256)) * 100))
print(bytes(array.array('B', [1, 2, 3])), bytes(array.array('h', [1, -1])), bytearray(array.array('b', [-1])), bytes(memoryview(b'abc')[::2]))
print(bytes(x * 2 for x in range(5)), bytes(map(ord, 'xyz')), bytes(bytearray(3)), bytes(filter(None, [0, 1, 0, 2])))
def gen():
    yield 1
    raise ValueError('boom')
try:
    bytes(gen())
except ValueError as e:
    print('ValueError', e)
for bad in ([I(300)], [I(-1)], ['x'], [1.0], [None]):
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

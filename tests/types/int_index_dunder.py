# __index__ is used by bin/hex/oct, slicing, range, operator-like contexts
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(bin(I(5)), hex(I(-255)), oct(I(8)))
print([0, 1, 2, 3, 4][I(1):I(4)], 'hello'[I(-1)], (1, 2, 3)[I(0)])
print(list(range(I(3))), range(10)[I(2)])
print((5).__index__(), True.__index__(), (2**70).__index__())
print('ab' * I(3), [0] * I(2), b'x' * I(4))
print(int.__index__(7))
class Bad:
    def __index__(self):
        return 'x'
for f in (lambda: bin(Bad()), lambda: [1][Bad()], lambda: bin(2.5), lambda: 'ab'[I(1) and 1.0], lambda: hex('1')):
    try:
        print(f())
    except TypeError as e:
        print('TypeError')
print(int(I(12)) if hasattr(I, '__int__') else int(I(12)))

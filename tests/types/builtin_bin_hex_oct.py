# bin/hex/oct for negative, huge and __index__ values
for n in (0, 1, -1, 7, -7, 255, -256, 2**64, -2**64 - 1, 2**100 + 12345, True, False):
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 42
print(bin(I()), oct(I()), hex(I()))
for bad in (1.0, '1', None, [1]):
    for f in (bin, oct, hex):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, 'TypeError', e)
print(int(bin(-12345), 2), int(oct(2**70), 8), int(hex(-2**70), 16))
print(hex(2**63 - 1), hex(-2**63), bin(2**62), oct(-2**62))

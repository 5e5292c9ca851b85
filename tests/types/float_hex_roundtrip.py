# float.hex and float.fromhex
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.141592653589793, 1e300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 1 / 3, 1024.0, float('inf'), float('-inf'), float('nan')]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v or v != v)
def f(s):
    try:
        print(repr(float.fromhex(s)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['0x1p0', '0X1P+0', '1p0', '0x1.8p1', '-0x.8p1', '0xa', '0x1.fffffffffffffp1023', '0x1p1024', '0x1p-1074',
          '0x1p-1075', '0x1.8p-1074', '0x3p-1076', ' 0x1p4 ', 'inf', '-Infinity', 'nan', '0x', '0x1p', 'x1', '',
          '0x1.', '0x.1', '0x1p+', '0x1.0000000000000080p0', '0x1.00000000000000800001p0', '0x1.0000000000000180p0',
          '0x0p9999999', '0x1p-99999999', '0x1g', '1.0', '0x1_0']:
    f(s)
print(float.fromhex('0x1.999999999999ap-4') == 0.1)
class F(float):
    pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
try:
    float.fromhex(1.0)
except TypeError:
    print('TypeError')

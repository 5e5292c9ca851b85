# shifts by huge counts: like CPython (OverflowError / MemoryError, or trivial results)
def t(f):
    try:
        print(repr(f()))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__)
    except ValueError as e:
        print('ValueError', e)
t(lambda: 1 << 2**70)
t(lambda: -1 << 2**70)
t(lambda: (2**100) << 2**100)
t(lambda: 0 << 2**70)
t(lambda: 0 << 2**1000)
t(lambda: 1 >> 2**70)
t(lambda: -1 >> 2**70)
t(lambda: -(2**100) >> 2**70)
t(lambda: (2**100) >> 2**70)
t(lambda: 1 << -(2**70))
t(lambda: 1 >> -1)
t(lambda: 5 << 0)
t(lambda: 1 << 1000 >> 999)
t(lambda: (-3) >> 1)
t(lambda: (-(2**70) - 1) >> 69)
t(lambda: (1 << 64) - 1)
x = 1
x <<= 100
print(x)
x >>= 98
print(x)
try:
    x = 1
    x <<= 2**70
except OverflowError:
    print('OverflowError')

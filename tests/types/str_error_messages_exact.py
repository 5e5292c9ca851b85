# exact CPython error types and messages for common failing operations on numbers, str, bytes, memoryview
def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
for s in ["'a' + 1", "'a' * 'b'", "'a'[5]", "'abc'.index('z')", "b'a' + 'b'", "b'a'[9]", "bytearray(b'a')[9]", "int('x')", "int('x', 16)", "float('x')",
          "complex('x')", "1/0", "1%0", "1.0/0", "1.0//0", "1.0%0", "divmod(1.0, 0)", "1j/0", "0**-1", "0.0**-1", "'%d' % 'x'", "'%d %d' % (1,)",
          "'{}'.format()", "'{0}'.format()", "'{x}'.format()", "chr(0x110000)", "ord('ab')", "ord('')", "'a'.encode('nope')", "b'\\xff'.decode()",
          "'\\xff'.encode('ascii')", "bytes([300])", "bytes('a')", "bytearray('a')", "int(1e400)", "int(float('nan'))", "round(float('inf'))",
          "2**-1 ** 0.5", "(-8)**0.5", "hash([])", "'a' < 1", "1 < 'a'", "b'a' < 'a'", "None + 1", "'abc'.split('')", "'x'.center('a')",
          "int.from_bytes('ab', 'big')", "(5).to_bytes(0, 'big')", "(-5).to_bytes(2, 'big')", "memoryview(b'a')[5]", "memoryview('a')",
          "bytes.fromhex('xy')", "float.fromhex('x')", "'abc'.join([1])", "b''.join(['a'])", "str(b'x', 'ascii', 'nope')",
          "[].index(1)", "'%c' % 1.5", "'%c' % 'ab'", "format(1, 'q')", "format('a', 'd')", "format(1.5, 'd')", "format([], 'x')",
          "1 << -1", "1 >> -1", "float(10**400)", "10**400 / 1", "1 / 10**400"]:
    t(s)

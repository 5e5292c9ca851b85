# bytearray methods return bytearray, comparisons with bytes, constructor forms, repr
ba = bytearray(b'Hello, World')
for m in ('upper', 'lower', 'title', 'capitalize', 'swapcase', 'strip', 'lstrip', 'rstrip'):
    r = getattr(ba, m)()
    print(m, type(r).__name__, r)
print(type(ba.replace(b'l', b'L')).__name__, type(ba[1:3]).__name__, type(ba * 2).__name__, type(ba + b'!').__name__, type(b'!' + ba).__name__)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x'), bytearray(range(3)), bytearray(memoryview(b'mv')))
print(bytearray(b'a') == bytearray(b'a'), bytearray(b'a') < b'b', b'a' < bytearray(b'b'), bytearray(b'ab') > bytearray(b'a'))
print(repr(bytearray(b"\x00'\"")), str(bytearray(b'a')), bytearray(b'abc').hex(), bytearray.fromhex('61 62'))
print(ba.find(b'o'), ba.rfind(ord('o')), ba.count(b'l'), ba.index(b'W'), ba.startswith(b'He'), ba.endswith((b'x', b'ld')))
print(ba.isalpha(), bytearray(b'abc').isalpha(), ba.decode(), ba.split(b', '), ba.center(16, b'*'), ba.zfill(14))
for bad in (lambda: bytearray('x'), lambda: bytearray(-1), lambda: bytearray([300]), lambda: bytearray(1.5), lambda: bytearray('x', 'nope')):
    try:
        print(bad())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__)
print(list(bytearray(b'ab')), bytearray(b'ab')[0], bytearray(b'ab')[-1], 98 in bytearray(b'ab'), len(bytearray(1000)))

# bytes/bytearray ordering, equality across types, sorting, min/max, membership, hash consistency
items = [b'', b'\x00', b'a', b'A', b'ab', b'b', b'\xff', b'aa', bytearray(b'ab'), bytearray(b'')]
print(sorted(items))
for a in items[:5]:
    print([a < b for b in items], [a == b for b in items])
print(b'abc' == bytearray(b'abc'), bytearray(b'abc') == memoryview(b'abc'), b'abc' == memoryview(b'abc'), b'a' == 97)
print(min(items), max(items), b'ab' in [bytearray(b'ab')], {b'k': 1}.get(b'k'), hash(b'') == hash(b''), b'x' != bytearray(b'y'))
for f in (lambda: b'a' < bytearray(b'b'), lambda: bytearray(b'a') <= b'a', lambda: b'a' > 'a', lambda: b'a' < 1, lambda: b'a' < [97]):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

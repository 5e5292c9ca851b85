# bytes.join / bytearray.join over generators, tuples, mixed buffer types, large counts, errors with index
import array
print(b', '.join(x for x in [b'a', b'b']), b''.join((b'x', bytearray(b'y'), memoryview(b'z'))), b'-'.join([]))
print(b'.'.join([array.array('B', [65, 66])]), bytearray(b'|').join(iter([b'1', b'2'])), type(bytearray(b'').join([])).__name__)
big = b','.join([b'ab'] * 50000)
print(len(big), big[:8], big.count(b','))
for bad in ([b'a', 'b'], [1], [b'a', None], 'abc', [b'x', [1]]):
    try:
        print(b'-'.join(bad))
    except TypeError as e:
        print('TypeError', e)

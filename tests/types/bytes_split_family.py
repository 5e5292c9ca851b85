# bytes/bytearray split/rsplit/splitlines/partition/rpartition, with maxsplit and whitespace
for b in (b'', b'  a b\tc\n d  ', b'a,b,,c', b'\x1c\x1dx\x0by\x0cz', b'a\r\nb\rc\nd\r\n'):
    for n in (-1, 0, 1, 2):
        print(b.split(None, n), b.rsplit(None, n), b.split(b',', n), b.rsplit(b',', n))
    print(b.splitlines(), b.splitlines(True), b.partition(b','), b.rpartition(b','))
ba = bytearray(b'x-y-z')
print(ba.split(b'-'), ba.rsplit(b'-', 1), ba.partition(b'-'), type(ba.split(b'-')[0]).__name__, type(ba.partition(b'-')[1]).__name__)
print(b'a-b'.split(bytearray(b'-')), b'a-b'.split(memoryview(b'-')), b'a b'.split(sep=None, maxsplit=1))
for bad in ((b'',), ('x',), (1,)):
    try:
        b'abc'.split(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b'abc'.partition(b'')
except ValueError as e:
    print('ValueError', e)

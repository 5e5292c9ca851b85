# bytes replace/join/upper/lower/title/capitalize/swapcase/center/ljust/rjust/zfill/expandtabs/translate
b = b'Hello World \xe9\xff'
print(b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())
print(b'abcabc'.replace(b'b', b'XY'), b'abc'.replace(b'', b'-'), b'aaa'.replace(b'a', b'b', 2), b'aaa'.replace(b'a', b'', -1))
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), bytearray(b',').join([b'x', b'y']))
print(b'ab'.center(7, b'*'), b'ab'.ljust(5), b'ab'.rjust(5, b'0'), b'-5'.zfill(5), b'+'.zfill(3), b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(2))
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), b'aabbcc'.translate(table), b'abcdef'.translate(None, b'ace'), b'abc'.translate(table, b'b'))
print(bytearray(b'abc').translate(table), type(bytearray(b'x').upper()).__name__, bytearray(b'a').join([b'1', b'2']))
for f in (lambda: b'-'.join([b'a', 'b']), lambda: b'-'.join([1]), lambda: b'a'.replace('a', b'b'), lambda: b'a'.center(5, 'x'),
          lambda: b'a'.center(5, b'xy'), lambda: bytes.maketrans(b'ab', b'c'), lambda: b'a'.translate(b'short')):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# bytes is* predicates, startswith/endswith, comparisons, concatenation, repetition, hashing, repr
for b in (b'', b'abc', b'ABC', b'Abc Def', b'123', b'a1', b' \t\n', b'\xe9', b'\x80', b'Ab1 ', b'abc def'):
    print(b, b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
print(b'abc'.startswith(b'a'), b'abc'.startswith((b'x', b'ab')), b'abc'.endswith(bytearray(b'bc')), b'abc'.startswith(b'b', 1), b'abc'.endswith(b'a', 0, 1))
print(b'a' < b'b', b'ab' < b'abc', b'\xff' > b'a', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' != 'a', b'' < b'\x00')
print(b'ab' + b'cd', b'ab' + bytearray(b'c'), bytearray(b'x') + b'y', b'ab' * 3, 2 * b'xy', b'a' * 0, b'a' * -2)
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], repr(b'\x00\'"\\\n\t\x7f\xff'), repr(b'"'), repr(b"'"), repr(b'\'"'))
for f in (lambda: b'a' + 'b', lambda: 'a' + b'b', lambda: b'a' < 'b', lambda: b'a' * 1.5, lambda: hash(bytearray(b'a')), lambda: b'a'.startswith('a')):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(b'abc'[1], b'abc'[-1], b'abc'[1:], b'abcdef'[::2], b'abcdef'[::-2], list(b'hi'), bytes(reversed(b'abc')))

# repr of builtin values and containers of them
vals = [None, True, False, 0, -1, 2**70, 1.5, -0.0, 1e100, 1e-7, float('inf'), float('nan'), 1j, -1.5 - 2j,
        '', 'a', "it's", 'say "hi"', 'both \' and "', '\n\t\\', '\x00\x7f', 'é€😀', '\u200b', b'', b'\x00a\'"', bytearray(b'x'),
        [], (), {}, set(), frozenset(), (1,), [1, (2,)], {'k': [1]}, range(3), slice(None), Ellipsis, NotImplemented]
for v in vals:
    print(repr(v))
print(repr(int), repr(type), repr(object), repr(ValueError), repr(ValueError('x')), repr(KeyError('k', 1)))
class R:
    def __repr__(self): return 'custom'
class BadR:
    def __repr__(self): return 5
print(repr(R()), repr([R()]))
try:
    repr(BadR())
except TypeError as e:
    print('TypeError', e)
print(ascii('é€😀\n'), ascii(['ü']), ascii(b'\xff'))
print(repr({1: {2: {3: {}}}}), repr([[[[]]]]))

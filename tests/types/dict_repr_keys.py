# repr of dicts with all kinds of keys and values
print({}, {'a': 1}, {1: 'a'}, {(1, 2): [3]}, {'quote"s': "it's"}, {None: None}, {True: False})
print({1.5: -0.0, 2**70: 1e100, 1j: (1,)}, {frozenset(): set(), b'b': bytearray(b'x')})
print({'nested': {'deeper': {'deepest': []}}}, {'é': 'ü', '😀': '\n'})
print(str({'a': 'b'}), repr({'k': 'v'}), '%s' % {1: 2}, '{}'.format({1: 2}), f'{ {1: 2} }')
d = {i: chr(97 + i) for i in range(5)}
print(d, len(repr(d)))
class K:
    def __repr__(self): return 'K()'
    def __str__(self): return 'strK'
print({K(): K()}, [K()], str({1: K()}))
print(dict.fromkeys(range(3), {}), {1: [], 2: ()})

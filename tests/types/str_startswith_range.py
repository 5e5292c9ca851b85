# startswith/endswith with tuples, start/end, empty prefixes, unicode, errors
s = 'héllo wörld'
for p in ('h', 'hé', '', 'wörld', 'ld', ('x', 'hé'), ('a', 'b'), (), ('', 'q')):
    for se in ((), (1,), (-5,), (0, 3), (2, 2), (20,), (-100, 3), (None, -3), (3, None)):
        print(s.startswith(p, *se), s.endswith(p, *se))
print(''.startswith(''), ''.endswith('', 0), 'abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('', 4))
for bad in (1, ['a'], ('a', 1), None):
    try:
        s.startswith(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        s.endswith(bad)
    except TypeError as e:
        print('TypeError', e)

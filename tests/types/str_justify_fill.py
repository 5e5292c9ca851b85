# center/ljust/rjust/zfill with fill chars, odd widths, unicode, negative widths, errors
for s in ('', 'a', 'ab', 'abc', 'é日', '-12', '+5', '12', '-', '+'):
    for w in (-1, 0, 1, 2, 5, 6, 7):
        print(repr(s.center(w)), repr(s.ljust(w, '*')), repr(s.rjust(w, 'é')), repr(s.zfill(w)), repr(s.center(w, '日')))
print('abc'.center(8, '-'), 'ab'.center(5, '.'), 'abc'.center(6, '.'), 'a'.center(4, '*'))
for bad in ((5, 'ab'), (5, ''), ('5',), (5, 1), (5, None)):
    try:
        print('z'.center(*bad))
    except TypeError as e:
        print('TypeError', e)
print('12'.zfill(2**3), '-0'.zfill(4), '+-1'.zfill(5), 'abc'.zfill(True + 4))

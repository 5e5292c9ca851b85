# split()/rsplit() on whitespace for ASCII strings (fast path) agree with each other and with explicit maxsplit
for s in ['', ' ', 'a', ' a ', 'a b', '  a  b  ', 'ab\tcd\n\x1cef\x1f', 'x' * 10, ' \x0b\x0c\r']:
    print(s.rsplit(), s.rsplit(None, -1), s.split(), s.split(None), s.split(maxsplit=-1), s.split(maxsplit=1))
class S(str):
    pass
r = S(' a b ').split()
print(r, [type(x).__name__ for x in r], S('x y').rsplit())
big = ' '.join(str(i) for i in range(5000))
print(len(big.split()), big.split()[-1], big.rsplit() == big.split(), big.split(None, 2)[:2], big.rsplit(None, 1)[-1])

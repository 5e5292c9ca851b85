# !r/!s/!a conversions in str.format and f-strings applied to many types, then formatted with specs
class C:
    def __repr__(self):
        return 'C<é>'
    def __str__(self):
        return 'c-str'
    def __format__(self, spec):
        return 'fmt(' + spec + ')'
c = C()
vals = [c, 'é"\'', b'by', 1.5, None, [1, 'a'], 2**70, -0.0, 1j]
for v in vals:
    print('{!r}|{!s}|{!a}|{:}|{!r:>12}|{!s:.3}'.format(v, v, v, v, v, v))
    print(f'{v!r}|{v!s}|{v!a}|{v!r:^14}|')
print('{0!r:{1}}'.format('x', 5), f'{c}', f'{c:spec}', f'{c!s:>7}', '{:zz}'.format(c))

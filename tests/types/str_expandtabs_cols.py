# expandtabs with tab sizes 0, 1, negative, default, with newlines resetting the column
for s in ('', '\t', 'a\tb', '\t\t', 'ab\tc\td', '12345678\tx', 'a\nb\tc', 'x\r\ty', 'é\t日\tz', 'abc\t\n\t'):
    print(repr(s.expandtabs()), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(3)), repr(s.expandtabs(-2)), repr(s.expandtabs(tabsize=4)))
try:
    'a'.expandtabs('2')
except TypeError:
    print('TypeError')
print(len('\t'.expandtabs(1000)), 'a\tb'.expandtabs(True))

# str subclasses: comparison with str, hashing/dict keys, methods return str, __str__ returning subclass
class S(str):
    def extra(self):
        return 'extra:' + self
class T(str):
    def __str__(self):
        return 'T-str'
class U(str):
    pass
s = S('abc')
print(s == 'abc', 'abc' == s, s < 'abd', 'abb' < s, s != 'x', hash(s) == hash('abc'), {'abc': 1}[s], {s: 2}['abc'])
print(s.extra(), type(s.upper()).__name__, type(s + 'x').__name__, type(s[1:]).__name__, type(s * 2).__name__, type(str(s)).__name__)
print(s in ['abc'], 'b' in s, s.startswith('a'), s.replace('a', 'z'), len(s), list(s), s.split('b'))
print(str(T('q')), repr(T('q')), '{}'.format(T('q')), '%s' % T('q'), f'{T("q")}', T('q') + '!', print is print)
class R:
    def __str__(self):
        return U('from-U')
r = str(R())
print(r, type(r).__name__)
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print('TypeError', e)
print(sorted([S('b'), 'a', S('c')]), max(S('x'), 'y'), type(S()).__name__, S() == '')
print(isinstance(s, str), issubclass(S, str), str.upper(s), str.__len__(s), s.__class__.__name__)
print(U('5').isdigit(), int(U('5')), float(U('2.5')), S('%s!') % 'hi', S('{}?').format('q'))

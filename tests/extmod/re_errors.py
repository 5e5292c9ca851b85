# re: bad patterns raise re.error with CPython's messages and positions
import re

pats = ['(', ')', '*', 'a**', '[a', 'a{2,1}', r'\q', '\\', r'(?P<1>a)', r'(?P<a>a)(?P<a>b)', r'\2(a)', 'a(?i)b', '(?z)',
        r'(?P=x)', '[z-a]', '(?P<a', '(?', '(a)(?P=2)', 'x|*', '(?P<>a)', '[]', r'[\d-z]', '(?i', '(?-i)a', '(?i-i:a)',
        r'\x1', r'\u12', '(?#abc', '(?P<a>(?P=a))', r'\400', r'[\A]', '(a)(?(1)a|b|c)', '(?(x)a)', '^*', r'\b*', 'a{3}{2}',
        '(?<x)', '(?Px)', 'ab)', '((a)', 'a+*', '(?i)(?L)x', '[a-\\d]', '+a', '?', '(?P<a-b>x)', 'a{1,2}{3}', '(?<=a+)b']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, '|', e.pos, e.pattern == p)
try:
    re.compile('a{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
e = re.error('custom')
print(str(e), isinstance(e, Exception), issubclass(re.error, Exception))
try:
    re.search('(?P<n>', 'x')
except re.error as e:
    print('caught', e.msg)
for f, exc in [(lambda: re.compile(re.compile('a'), re.I), ValueError), (lambda: re.compile('a', re.A | re.U), ValueError),
               (lambda: re.compile(b'a', re.U), ValueError), (lambda: re.compile('a', re.L), ValueError)]:
    try:
        f()
    except exc as e:
        print(type(e).__name__, e)
# position, line and column of errors in patterns of several lines
for p in ['a\nb(', '(?x)\n  a\n  )', 'x*?**', b'ab\n[']:
    try:
        re.compile(p)
    except re.error as e:
        print(e, e.lineno, e.colno, e.pos)

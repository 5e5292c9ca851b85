# re: VERBOSE patterns: whitespace and comments ignored outside classes
import re

date = re.compile(r'''
    (?P<y>\d{4})   # year
    -
    (?P<m>\d{2})   # month
    -
    (?P<d>\d{2})   # day
''', re.X)
print(date.match('2024-02-29').groupdict())
print(re.match(r'''(?x)
    [ ]+ x   # a class keeps its space
    \#       # escaped hash
    \ y      # escaped space
''', '  x# y'))
print(re.findall(r'(?x) \d + ', '1 22 333'), re.findall(r'(?x) a {2} ', 'aaaaa'), re.findall(r'(?x)a | b', 'abc'))
num = re.compile(r"""
    ^[-+]?        # sign
    (?: \d+ (?: \.\d* )?   # 1, 1., 1.5
      | \.\d+ )            # .5
    (?: [eE][-+]?\d+ )?$   # exponent
""", re.VERBOSE)
for s in ['1', '-1.5', '.5', '1e10', '2.e-3', 'e5', '1.2.3', '+', '']:
    print(repr(s), bool(num.match(s)))
print(re.match('(?x: a b ) c', 'ab c'), re.match('(?x: a b ) c', 'abc'))
print(re.compile('a b # c', re.X).pattern, re.compile('a b # c', re.X).match('ab'))
print(re.search(r'(?x) (?<= a ) b', 'ab'), re.sub(r'(?x) \s+ ', '_', 'a  b c'))

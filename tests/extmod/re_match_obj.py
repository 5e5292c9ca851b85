# re: match object API: repr, span/start/end, regs, expand, __getitem__, attributes
import re

m = re.search(r'(?P<year>\d{4})-(?P<mon>\d\d)(-(?P<day>\d\d))?', 'on 2024-05 ok')
print(m)
print(repr(re.match('a\n', 'a\n')), repr(re.match(b'\xffx', b'\xffx')), repr(re.match('', 'x')))
print(m.span(), m.span('mon'), m.span(3), m.start('year'), m.end('year'), m.start(4), m.end(4))
print(m.regs, m.lastindex, m.lastgroup, m.string, m.re.pattern)
print(m.expand(r'\g<mon>/\g<year> \1 [\g<day>]'), m.expand(r'\2\t'), m.expand(r'\\'))
print(m[0], m['year'], m[2], m[4], m.group('mon', 'year'))
print(m.groupdict(), m.groupdict(default='--'), m.groups(), m.groups('?'))
for bad in [5, 'zz', -1]:
    try:
        m.span(bad)
    except IndexError:
        print('IndexError', bad)
print(bool(m), type(m).__name__, type(m.re).__name__)
m = re.match(r'(a)(b)', 'ab')
print(m.lastindex, m.lastgroup, m.group(1, 2, 1), m.start(), m.end())
print(re.match(r'(x)?y', 'y').span(1), re.match(r'(x)?y', 'y').lastindex)
print(re.match(r'(?P<w>\w+)', 'hey').lastgroup, re.match(r'(?P<w>\w)(\w)', 'hey').lastgroup)
print(re.fullmatch(r'(\d+)', '123').group(1), re.search('o', 'foo').string)
m = re.match('(?P<a>.)(?P<b>.)', 'xy')
print(m.expand(r'\g<b>\g<a>'), m.expand(r'\g<2>\g<1>'))
# long reprs are cut like CPython's %.50R / %.200R
print(repr(re.match('a*', 'a' * 100)), repr(re.match('.*', 'é' * 60)))
print(re.match(b'a*', b'a' * 70), len(repr(re.compile('x' * 300))))

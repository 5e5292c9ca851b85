# re: capturing, non-capturing and named groups, lastindex/lastgroup
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe is here')
print(m.group(0), m.group(1), m.group('last'), m['first'], m[2])
print(m.groups(), m.groupdict(), m.group(1, 'last', 0))
print(m.lastindex, m.lastgroup, m.re.groupindex['last'], m.re.groups)
m = re.match(r'(a)(b)?(c)?', 'a')
print(m.groups(), m.groups(''), m.group(2), m.span(2), m.start(3), m.lastindex)
m = re.match(r'(?:a|b)+(c)', 'abbac')
print(m.groups(), m.group(1))
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match('a', 'a').lastindex)
print(re.match(r'(?P<x>a)|(?P<y>b)', 'b').lastgroup, re.match(r'(a)|(?P<y>b)', 'a').lastgroup)
# repeated groups keep the last iteration
print(re.match(r'(\w)+', 'abc').group(1), re.match(r'(?:(a)|b)+', 'ab').groups())
print(re.match(r'(a|)*', 'aa').groups(), re.match(r'(a?)*', 'aa').groups(), re.match(r'(a*)+', 'b').groups())
print(re.match(r'((a)|(b))+', 'ab').groups())
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', 'abcdefghijk').group(11))
m = re.match(r'(?P<d>\d)?x', 'x')
print(m.groupdict(), m.groupdict('none'), m.groups(default=0))
# errors for bad group indexes
for g in [3, -1, 'nope', 1.0]:
    try:
        re.match('(a)(b)', 'ab').group(g)
    except IndexError:
        print('IndexError', g)
print(re.match('()', '').groups(), re.match('(())', '').span(2))

# re: pattern objects: attributes, repr, equality, caching, purge, escape
import re

p = re.compile(r'(?P<k>\w+)=(?P<v>\d+)(x)?')
print(p.pattern, p.groups, sorted(p.groupindex.items()), int(p.flags))
print(p, re.compile('abc'), re.compile('a\n\'"'), re.compile(b'x\xff'))
print(re.compile('a', re.I | re.M), re.compile('x', re.X | re.S | re.A), re.compile(b'x', re.I), re.compile('a', re.U))
print(re.compile('(?i)a'), re.compile('(?s)(?x)a'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
print(re.compile('a') == 'a', hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.compile(p) is p, re.compile(re.compile('z')).pattern)
print(p.match('key=42').groups(), p.search('-- a=1x --').group(3), p.sub('<\\g<v>>', 'a=1 b=2'))
print(p.findall('a=1 b=2x'), p.split('a=1,b=2'), p.subn('', 'a=1'))
print(re.purge(), re.compile('a').match('a').group())
print(re.escape('a.b*c?'), re.escape('a-b c\t#&~'), re.escape('é_1'), re.escape(b'x+y'), re.escape(''))
for s in ['1+1=2', '[x](y){z}', 'a|b^c$', 'tab\there', 'back\\slash']:
    print(re.fullmatch(re.escape(s), s) is not None, re.escape(s))
print(re.compile('').groups, re.compile('(a)(?:b)(?P<c>c)').groups, re.compile('(a)(?:b)(?P<c>c)').groupindex['c'])
for i in range(40):
    re.match('x%d' % i, 'x%d' % i)
print(re.match('x3', 'x3').group())
print(re.compile(r'(?P<a>x)(?P<b>y)').groupindex, re.compile('x').groupindex)

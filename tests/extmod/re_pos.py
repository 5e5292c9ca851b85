# re: pos and endpos arguments of pattern methods
import re

p = re.compile(r'\w+')
print(p.search('ab cd ef', 3), p.search('ab cd ef', 3, 4), p.match('ab cd', 1), p.findall('ab cd ef', 2, 6))
print([m.span() for m in p.finditer('ab cd ef', 1, 7)])
print(re.compile('^b').search('ab', 1), re.compile('(?m)^b').search('a\nb', 1), re.compile('b$').search('abc', 0, 2))
print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'\bb').search('ab', 1))
m = p.search('ab cd ef', 3, 7)
print(m.pos, m.endpos, m.string, m.re is p)
print(p.search('abc', -5), p.search('abc', 10), p.search('abc', 2, 1), p.fullmatch('abc', 1, 2), p.fullmatch('abc', 1, 99))
print(p.match(string='xy'), p.search('a b', pos=1), p.search('a b c', endpos=3, pos=1), p.findall(string='a b c', pos=2))
m = p.match('hello', 1, 3)
print(m.group(), m.pos, m.endpos, m.span())
print(re.compile('').findall('abc', 1, 2), re.compile('x*').sub('-', 'abc'))
print(re.compile('$').search('abc', 0, 1).span(), re.compile(r'\Z').search('abc\n', 0, 3).span())
m = re.match('a', 'abc')
print(m.pos, m.endpos)

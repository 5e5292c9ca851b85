# re: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII; inline and scoped flags
import re

print(re.findall('hello', 'Hello HELLO hello', re.I), re.findall('(?i)hello', 'HeLLo'))
print(re.search('a.b', 'a\nb'), re.search('a.b', 'a\nb', re.S).group(), re.search('(?s)a.b', 'a\nb').span())
print(re.findall('^x', 'x\nx', re.M), re.findall('^x', 'x\nx', re.MULTILINE | re.IGNORECASE))
p = re.compile(r'''
    (\d{3})   # area
    [-.\s]?   # separator
    (\d{4})   # number
''', re.VERBOSE)
print(p.findall('call 555-1234 or 666 9999'))
print(re.match(r'(?x) a b c # comment', 'abc').group(), re.match(r'(?x) a \  b', 'a b').group(), re.match(r'(?x)[ ]x', ' x'))
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'(?a)\w+', 'naïve'), re.findall(r'\w+', 'naïve café'))
print(re.findall('(?i:A)b', 'ab Ab aB AB'), re.findall('(?-i:A)b', 'ab Ab aB AB', re.I))
print(re.findall('a(?s:.)b(?m:$)', 'a\nb\na.b'), re.findall('(?x: a b ) c', 'ab c abc'))
print(re.compile('(?i)x').flags & re.I == re.I, int(re.compile('(?m)x').flags & re.M), int(re.compile('x', re.S | re.I).flags & 0xff))
print(int(re.compile('x').flags), int(re.compile(b'x').flags), int(re.compile('x', re.A).flags))
print(re.findall('(?i)[^a]', 'aAbB'), re.sub('(?i)b+', '-', 'abBbBa'))
print(re.match('(?i)(a)\\1', 'aA'), re.match('(a)(?i:\\1)', 'aA'))
for f in [re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.DEBUG]:
    print(int(f), end=' ')
print()
print(re.IGNORECASE == re.I, re.MULTILINE == re.M, re.DOTALL == re.S, re.VERBOSE == re.X, re.ASCII == re.A, re.UNICODE == re.U)

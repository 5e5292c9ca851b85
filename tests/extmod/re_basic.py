# re: match, search, fullmatch on simple patterns
import re

print(re.match('abc', 'abcdef'))
print(re.match('abc', 'xabc'))
print(re.search('abc', 'xxabcxx'))
print(re.search('abc', 'ab'))
print(re.fullmatch('abc', 'abc'), re.fullmatch('abc', 'abcd'), re.fullmatch('a|ab', 'ab'))
print(re.match('', 'abc'), re.search('$', 'abc'))
print(re.match('a.c', 'abc'), re.match('a.c', 'a\nc'))
print(re.search('x|y|z', 'abcyz').group())
print(re.search('(ab|cd)+', 'xxabcdabef').group())
print(re.match(r'\d+\.\d*', '3.14 is pi').group())
print(re.search(r'\s\w+\s', 'one two three').group())
print(re.match('a*', 'aaab').group(), re.match('a+', 'baaa'))
print(re.search('a+', 'baaa').span())
print(re.match(r'\\', '\\x'), re.match(r'\.', '.'), re.match(r'\*\+\?', '*+?'))
print(re.match('\\x41\\u0042\\t', 'AB\t'), re.match(r'\101', 'A'), re.match(r'\0', '\x00'))
print(re.match('{', '{'), re.match('a{', 'a{'), re.match('a{1', 'a{1'), re.match('a{,}', 'aaa'))
print(re.match('}', '}'), re.match(']', ']'))
m = re.search(r'(\d+)-(\d+)', 'range 10-20 ok')
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(1), m.end(2))
# compiled patterns behave the same
p = re.compile(r'[a-z]+\d')
print(p.match('abc1'), p.search('--x9--').group(), p.fullmatch('ab12'))
for s in ['', 'a', 'ab', 'abc', 'abcd']:
    print(repr(s), bool(re.match('ab?c?$', s)), bool(re.fullmatch('(a|b|c)*', s)))

# re: atomic groups (?>...) and possessive quantifiers (Python 3.11)
import re

print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaaa'), re.match(r'a+a', 'aaaa').group())
print(re.match(r'a++b', 'aab').group(), re.match(r'a++a', 'aa'), re.match(r'a*+a', 'aa'), re.match(r'a?+a', 'a'))
print(re.match(r'a{1,3}+a', 'aaaa').group(), re.match(r'a{1,3}+a', 'aaa'), re.findall(r'\d++', '12 345 6'))
print(re.match(r'(?>(\w+))\s', 'abc def').group(1), re.match(r'(?>x|xy)z', 'xyz'), re.match(r'(?:x|xy)z', 'xyz').group())
print(re.fullmatch(r'"(?>[^"\\]+|\\.)*"', r'"a\"b"').group(), re.match(r'(?>ab|a)c', 'abc').group())
print(re.match(r'(?>a*)*b', 'aaab').group(), re.match(r'(?:(?>a)|b)+', 'abab').group())

# re: greedy, lazy and counted repetition
import re

s = '<a><b></b></a>'
print(re.match('<.*>', s).group(), re.match('<.*?>', s).group())
print(re.match('<.+>', s).group(), re.match('<.+?>', s).group())
print(re.match('a?', 'aa').group(), re.match('a??', 'aa').group(), re.match('a??b', 'ab').group())
for pat in ['a{3}', 'a{2,}', 'a{,2}', 'a{2,3}', 'a{2,3}?', 'a{0}', 'a{0,1}', '(?:ab){2}', '(ab){1,2}?c', 'x{2}y{0,2}?']:
    print(pat, [m.group() for m in re.finditer(pat, 'aaaaa ababc xxyy abababc')])
print(re.findall(r'\d{2,4}', '1 12 123 12345 1234567'))
print(re.findall(r'\d{2,4}?', '1 12 123 12345'))
print(re.match(r'(a+)(a*)', 'aaaa').groups(), re.match(r'(a+?)(a*)', 'aaaa').groups())
print(re.match(r'(a*?)(a*?)b', 'aab').groups())
print(re.match(r'(.*)(\d+)', 'abc123').groups(), re.match(r'(.*?)(\d+)', 'abc123').groups())
print(re.match(r'(ab|a)*c', 'aababc').group(), re.match(r'(?:a|ab)*?c', 'abac'))
print(re.match(r'(x+x+)+y', 'xxxxy').group(), re.match(r'([ab]{2})+', 'ababa').groups())
print(re.fullmatch(r'(\w{3})+', 'abcdefghi').group(1), re.fullmatch(r'(\w{3})+', 'abcdefgh'))
print(re.match('a{3,5}', 'aa'), re.match('(?:a{2}){2}', 'aaaaa').group())
print(re.match(r'((a)|b){2,3}', 'abab').groups())
print(re.findall(r'(?:\w+\s?){2}', 'one two three four five'))
print(re.match('a{99999999}', 'aaa'), re.match('(?:ab){100000}', 'ab' * 10))
print(re.match('.{1000}', 'x' * 1500).end(), re.match('(?:.{10}){100}', 'y' * 1200).end())

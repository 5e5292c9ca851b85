# re: ^ $ \A \Z \b \B with and without MULTILINE
import re

s = 'first line\nsecond line\nthird\n'
print(re.findall('^\\w+', s), re.findall('(?m)^\\w+', s))
print(re.findall('\\w+$', s), re.findall('(?m)\\w+$', s))
print(re.search('d$', 'third\n'), re.search('d\\Z', 'third\n'), re.search('d\\Z', 'third'))
print(re.findall('$', 'a\n'), re.findall('(?m)$', 'a\nb\n'), re.findall('^', 'a\nb'), re.findall('(?m)^', 'a\nb\n'))
print(re.search('\\Aa', 'ba'), re.search('(?m)\\Ab', 'a\nb'), re.search('(?m)^b', 'a\nb'))
print(re.findall(r'\bcat\b', 'cat concat cat. bobcat (cat)'))
print(re.findall(r'\Bcat\b', 'cat concat cat. bobcat'), re.findall(r'\Bo\B', 'foo boo o'))
print(re.split(r'\b', 'hi there'), re.findall(r'\b', 'ab cd'), re.findall(r'\B', 'ab cd'))
print(re.sub(r'\b', '|', 'a bc'), re.sub(r'^', '> ', 'l1\nl2', flags=re.M))
print(re.match(r'^$', ''), re.match(r'^$', '\n'), re.fullmatch('a$', 'a'), re.search('a$', 'a\n').span())
print(re.findall(r'(?m)^\s*#.*$', 'x = 1\n  # note\ny\n# end'))
print(re.search(r'\b\d+\b', 'abc123 456').group(), re.findall(r'\b_\w', '_a b_c _d'))

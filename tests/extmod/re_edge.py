# re: corner cases of repetition, empty iterations, \B and conditionals
import re

print(re.findall(r'\B', ''), re.findall(r'\B', 'a'), re.findall(r'\B', 'ab'), re.search(r'\B|a', ''))
p = r'(?:[a-c][a-c]\w|[ab](?>a|ab)|^|\w){1,3}'
print(re.findall(p, 'ééa'), [m.span() for m in re.finditer(p, 'AbA')])
print(re.match(r'(?:^|a){2,3}', 'aa').span(), re.match(r'(?:|a){2}', 'a').span(), re.match(r'(?:a|){2,}?b', 'aab').span())
print(re.findall(r'(?:x?){3}', 'xxxx'), re.findall(r'(x?)+', 'xx'), re.match(r'(?:(a)|b?)*c', 'abc').groups())
print(re.match(r'(?(2)a|b)(c)?(d)?', 'b').groups(), re.compile(r'(?(3)x)(a)(b)(c)').groups)
try:
    re.compile(r'(?(3)x)(a)')
except re.error as e:
    print(e)
try:
    re.compile(r'(?(1)a|b)(?P=n)')
except re.error as e:
    print(e)
print(re.match(r'(a)|b', 'b').span(1), re.match(r'(a)*', 'aaa').span(1), re.match(r'(a)*?$', 'aa').span(1))
print(re.sub(r'(?:a|())+', '-', 'aab'), re.findall(r'(?:a|())+', 'aab'))
print(re.match(r'(?:()|a)*', 'aa').span(), re.match(r'(?:a*)*', 'aa').span(), re.match(r'(?:a*?)+?x', 'aax').span())
print(re.fullmatch(r'(?:ab|a)(?:bc|c)', 'abc').span(), re.fullmatch(r'(a+)(a+)(a+)', 'aaaa').groups())
print(re.search(r'a{0}b', 'ab').span(), re.search(r'(?:){5}x', 'x').span(), re.match('(?:a{2}){0,2}', 'aaaaa').span())

# re: lookahead, lookbehind (fixed width), negative forms
import re

print(re.findall(r'\w+(?=!)', 'hi! yo no!'), re.findall(r'\w+(?!\w|!)', 'hi! yo no!'))
print(re.findall('(?<=a)b', 'ab cb ab'), re.findall('(?<!a)b', 'ab cb ab b'))
print(re.findall(r'(?<=\$)\d+', 'cost $30, $45 or 50'), re.findall(r'(?<![\d$])\d+', 'cost $30 and 50'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), re.sub(r'\B(?=(\d{3})+(?!\d))', ',', '9876543210'))
print(re.findall(r'(?=(\w\w))', 'abcd'), re.findall(r'(?<=(a))b', 'ab'))
print(re.match(r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abc123'), re.match(r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abcdef'))
print(re.search(r'(?<=ab|cd)x', 'cdx'), re.search(r'(?<=a.c)x', 'abcx').span(), re.search(r'(?<=(?:ab){2})c', 'ababc'))
print(re.search(r'(?<!^)x', 'xx').span(), re.search(r'(?<=^)x', 'ax'), re.search(r'(?<=\n)x', 'a\nx').span())
print(re.match(r'(?!abc)\w+', 'abd'), re.match(r'(?!abc)\w+', 'abc'))
print(re.findall(r'q(?!u)', 'quit qat qi'), re.findall(r'(?<=é)\w', 'éa éb'))
print(re.search('(?<=a)', 'bab').span(), re.search('(?<!a)$', 'ba'), re.search('(?<!a)$', 'bb').span())
m = re.match(r'(?=(a+))a(\w*)', 'aaab')
print(m.groups(), m.span())
for p in ['(?<=a*)b', '(?<=a|bc)', '(?<=a+)b', r'(?<=\1)(a)']:
    try:
        re.compile(p)
    except re.error as e:
        print('error:', e)

# re: sub with string templates (group references and escapes)
import re

print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'mail bob@example.com now'))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y>', 'on 2024-05 and 1999-12'))
print(re.sub(r'(a)', r'\g<1>0', 'xay'), re.sub(r'(a)', r'[\g<0>]', 'xay'), re.sub('b', r'\0', 'abc') == 'a\x00c')
print(re.sub('a', r'\n\t\\', 'a') == '\n\t\\', re.sub('a', r'\-\.', 'a'))
print(re.sub('x', r'\101', 'x'), re.sub('(x)', r'\1\1\1', 'axb'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\s+', ' ', '  a   b \n c  '))
print(re.sub('a', 'b', 'aaa', count=2), re.sub('a', 'b', 'aaa', 1), re.sub('a', 'b', 'aaa', 0))
print(re.sub('z', 'y', 'abc'), re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'))
print(re.sub('(?m)^', '> ', 'a\nb'), re.sub('$', '!', 'a\nb\n'))
print(re.subn(r'\d', '#', 'a1b22c333'), re.subn('q', 'r', 'abc'), re.subn('a', 'b', 'aaa', count=2))
p = re.compile(r'(\w)(\w)')
print(p.sub(r'\2\1', 'abcdefg'), p.subn(r'\2\1', 'abcde'), p.sub(repl=r'<\1>', string='xyz', count=1))
for t in [r'\q', r'\g<', r'\g<2>', r'\3', r'\g<x y>', r'\g<a', '\\', r'\g1']:
    try:
        print(re.sub('(a)', t, 'xay'))
    except re.error as e:
        print('error:', e)
try:
    re.sub('(a)', r'\g<name>', 'a')
except IndexError as e:
    print('IndexError', e)
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi yo'), re.sub('(a)(b)?', r'[\2]', 'a'))

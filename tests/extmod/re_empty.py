# re: empty matches in sub/split/findall/finditer follow the Python 3.7+ rules
import re

for pat in ['x*', 'x?', '', r'\b', '(?=x)', 'a|', '|a', 'x*?', '$', '(?m)^']:
    s = 'axxbx'
    print(repr(pat), re.findall(pat, s), re.sub(pat, '-', s), re.split(pat, s),
          [m.span() for m in re.finditer(pat, s)], re.subn(pat, '', s)[1])
print(re.sub('a*', '-', 'baac'), re.findall('a*', 'baac'), re.split('a*', 'baac'))
print(re.sub('(a)*', r'<\1>', 'bab'), re.findall('(a)*', 'ba'))
print(re.sub('', '-', ''), re.findall('', ''), re.split('x*', ''), re.sub('x*', '-', 'x'))
print(re.sub(r'\s*', '_', 'a b'), re.findall(r'\s*', 'a  b'))
print(re.sub('(?:)', '.', 'ab'), [m.group() for m in re.finditer('a?', 'aab')])

# re: findall and finditer
import re

print(re.findall(r'\w+', 'hello world, foo_bar 42'))
print(re.findall(r'(\d+)-(\d+)', '1-2 33-44 x-5'), re.findall(r'(\d+)-\d+', '1-2 33-44'))
print(re.findall(r'(a)|(b)', 'ab'), re.findall(r'(a)(x)?', 'aa'), re.findall('', 'ab'))
print(re.findall(r'\d', 'a1b2c3', ), re.compile(r'\d').findall('a1b2c3', 2), re.compile(r'\d').findall('a1b2c3', 0, 3))
it = re.finditer(r'(\w)(\d)', 'a1 b2 c3')
print(type(it).__name__ != 'list', next(it).groups())
for m in it:
    print(m.span(), m.group(2))
print([m.group() for m in re.finditer('a*', 'baaac')])
print([m.span() for m in re.finditer(r'\b\w', 'ab cd  ef')])
print(list(re.finditer('z', 'abc')))
p = re.compile('o')
print([m.start() for m in p.finditer('foo boo', 2, 6)], p.findall('foo boo', pos=3))
text = 'Contact: alice@example.com, bob.smith@mail.org; bad@; x@y.z'
print(re.findall(r'[\w.]+@[\w]+\.[a-z]{2,}', text))
print(re.findall(r'[-+]?\d*\.\d+|[-+]?\d+', 'Values: 3, -4.5, +.5, 10., 7e3'))
print(re.findall(r'(\w+)=(\w*)', 'a=1 b= c=33'))
print(re.findall(r'(?:(\w)\1)+', 'aabbc ddx'))
print(len(re.findall('a', 'a' * 10000)), len(re.findall('(?:ab)+', 'ab' * 5000)))

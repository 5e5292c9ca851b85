# re: bytes patterns on bytes, bytearray and memoryview subjects
import re

print(re.match(b'[a-c]+', b'abcd'), re.findall(rb'\d', b'a1b2'), re.search(rb'\s+', b'a  b').span())
print(re.match(b'a', bytearray(b'abc')).group(), re.match(b'a', memoryview(b'abc')).group())
print(re.sub(b'a', b'x', bytearray(b'banana')), re.sub(rb'(\w)(\w)', rb'\2\1', b'abcd'))
print(re.split(rb'[,;]', b'a,b;c'), re.findall(rb'(\w)=(\d)', b'a=1 b=2'))
print(re.findall(rb'\w+', 'naïve'.encode()), re.findall(rb'(?i)a', b'Aa'), re.match(rb'\x41', b'A'))
print(re.match(b'\xff+', b'\xff\xfe'), re.findall(b'[\x80-\xff]', b'a\x80b\xffc'), re.findall(b'.', b'\xc3\xa9'))
print(re.match(rb'(?P<k>\w+)', b'key').groupdict(), re.escape(b'a.b'), re.compile(b'x').pattern)
print(re.findall(rb'\bab\b', b'ab abc ab'), re.sub(b'(?m)^', b'#', b'a\nb'))
for f in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.sub(b'a', 'x', b'a'),
          lambda: re.sub('a', b'x', 'a'), lambda: re.compile(b'a', re.U), lambda: re.compile(rb'\u0041'),
          lambda: re.match('a', 5), lambda: re.compile(5)]:
    try:
        print(f())
    except TypeError:
        print('TypeError')
    except re.error as e:
        print('re.error', e)
    except ValueError as e:
        print(type(e).__name__)
m = re.search(rb'(\d+)', b'abc 123')
print(m, m.group(1), m.span(1), m.string, m.groups())

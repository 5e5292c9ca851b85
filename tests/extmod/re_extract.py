# re: realistic extraction tasks (emails, numbers, dates, log lines, CSV, tokens)
import re

text = '''Contact alice@example.com or bob.smith+tag@mail.co.uk.
Invalid: @nope, foo@, x@y. Phone: +1 (555) 123-4567, 555.987.6543.
Prices: $3.50, $10, $1,234.99; dates 2023-01-15 and 15/01/2023.'''
print(re.findall(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}', text))
print(re.findall(r'\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}', text))
print(re.findall(r'\$(\d{1,3}(?:,\d{3})*(?:\.\d\d)?)', text))
print(re.findall(r'(\d{4})-(\d\d)-(\d\d)', text), re.sub(r'(\d\d)/(\d\d)/(\d{4})', r'\3-\2-\1', text[-30:]))
log = '''127.0.0.1 - - [10/Oct/2000:13:55:36] "GET /index.html HTTP/1.0" 200 2326
10.0.0.2 - - [10/Oct/2000:13:56:01] "POST /api/v1/items HTTP/1.1" 404 17
192.168.1.9 - - [10/Oct/2000:14:00:00] "GET /img/a.png HTTP/1.1" 200 5120'''
pat = re.compile(r'^(?P<ip>[\d.]+) .*?\[(?P<ts>[^\]]+)\] "(?P<meth>\w+) (?P<path>\S+) [^"]*" (?P<st>\d{3}) (?P<sz>\d+)$', re.M)
for m in pat.finditer(log):
    print(m.group('ip'), m.group('meth'), m.group('path'), int(m.group('st')), int(m['sz']))
print(sum(int(x) for x in re.findall(r' (\d+)$', log, re.M)))
row = 'a,"b,c",,"d ""q"" e",f'
print([m.group(1) if m.group(1) is not None else m.group(2) for m in re.finditer(r'(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))', row)])
tokens = re.findall(r'\s*(?:(\d+\.?\d*)|(\w+)|(.))', 'x1 = 3.25 * (y + 42)')
print([t for t in tokens])
print(re.split(r'(?<=[.!?])\s+', 'Hi there. How are you? Fine! ok'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseStringHere').lower())
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_name'))
print(re.findall(r'#(\w+)', 'I love #python and #re, not #'), re.sub(r'<[^>]+>', '', '<b>bold</b> and <i>it</i>'))
words = re.findall(r"[a-z']+", "It's a test. A TEST, it's only a test!".lower())
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print(re.fullmatch(r'(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}', '192.168.0.255') is not None,
      re.fullmatch(r'(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}', '256.1.1.1'))

# time.strftime / asctime / ctime in the C locale, from 9-tuples
import time
fmts = ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %h', '%c', '%C %d %D %e %F', '%I %p %j %m %M %n%t%R %T %X %x', '%u %U %w %W %y %Y %%', 'plain', '', '%', 'a%%b', '100%% %Y']
for t in [0, 951782400, 1234567890, 1700000000, 4102444800 + 86400 * 200 + 3600 * 13, -86400 * 400, 253402300799]:
    g = time.gmtime(t)
    for f in fmts:
        print(repr(time.strftime(f, g)))
    print(time.asctime(g))
for d in range(0, 370, 3):
    g = time.gmtime(1704067200 + d * 86400)
    print(time.strftime('%j %U %W %u %w', g), end='|')
print()
print(time.asctime((2000, 1, 5, 1, 2, 3, 2, 5, 0)))
print(time.strftime('%Y', (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(len(time.ctime()), len(time.asctime()), len(time.strftime('%Y')))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, 7, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError:
        print('ValueError')
for bad in [(1, 2), 5, (2000, 1, 1, 0, 0, 'x', 0, 1, 0)]:
    try:
        time.strftime('%Y', bad)
    except TypeError:
        print('TypeError')
try:
    time.strftime(5)
except TypeError:
    print('TypeError')
print(time.strftime('%a', (2000, 1, 1, 0, 0, 0, -1, 1, 0)))

# count/index/rindex on unicode and long strings, overlapping patterns, start/end as keyword errors
s = 'abracadabra' * 3
print(s.count('abra'), s.count('a', 5), s.count('a', 5, 20), s.count('ra', -10), s.index('cad'), s.rindex('cad'), s.rindex('a', 0, 10))
u = 'ñandú ñu ñandú'
print(u.count('ñ'), u.find('ú'), u.rfind('ú'), u.index('ñu'), u.count('ú', 5), u.find('ñ', -5), u.rfind('ñ', 0, 9))
long = 'x' * 10000 + 'needle' + 'y' * 10000
print(long.find('needle'), long.rfind('needle'), long.count('x'), long.count('xy'), long.find('needlex'), long.index('dle'))
print('aaaaa'.count('aa'), 'aaaaa'.count('a', 1, -1), 'abc'.count('abc', 0, 2), ''.count('a'), 'a'.count('', 0, 0))
try:
    'abc'.count('a', start=1)
except TypeError:
    print('TypeError')
try:
    'abc'.index('d')
except ValueError as e:
    print('ValueError', e)
try:
    'abc'.rindex('d', 1)
except ValueError as e:
    print('ValueError', e)

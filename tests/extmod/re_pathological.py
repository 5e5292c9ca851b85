# re: catastrophic patterns never crash or hang: they finish (failure memo)
# or raise RuntimeError; huge counts and deep nesting are fine
import re

def t(p, s, f=re.match):
    try:
        m = f(p, s)
        print(p[:24], len(s), m and m.span())
    except RuntimeError:
        print(p[:24], len(s), 'RuntimeError')

n = 1000
t(r'(a*)*b', 'a' * n)
t(r'(a+)+b', 'a' * n)
t(r'(a|aa)*c', 'a' * n)
t(r'(?:a+)+$', 'a' * n + 'b')
t(r'(\w+\s?)*$', 'word ' * 300 + '!')
t(r'(a*)*b', 'a' * n, re.search)
t(r'((a+)|(b+))*c', 'ab' * 500)
t(r'(.*a){12}', 'a' * 30 + 'b')
t(r'(x+x+)+y', 'x' * 300)
t('(' * 300 + 'a' + ')*' * 300, 'a' * 50)
print(re.compile('a{99999999}').match('aaa'), re.compile('(?:ab){4294967294}').match('ab'))
print(re.match('(?:a{1000}){1000}', 'a' * 5000))
print(len(re.match('(?:a|b)*', 'ab' * 200000).group()), len(re.findall('(ab)*', 'ab' * 100000)))
try:
    re.compile('a{4294967295}')
except OverflowError:
    print('OverflowError')
try:
    re.compile('(' * 100000)
except (RuntimeError, re.error) as e:
    print('RuntimeError' if isinstance(e, RuntimeError) else 're.error')

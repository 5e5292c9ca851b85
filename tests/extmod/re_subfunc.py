# re: sub/subn with a function as replacement
import re

print(re.sub('a', lambda m: m.group().upper(), 'banana'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
def repl(m):
    return '%s=%d' % (m.group(1), m.start())
print(re.sub(r'(\w+)', repl, 'ab cd ef'))
print(re.subn(r'[aeiou]', lambda m: m.group() * 2, 'education', count=3))
calls = []
def rec(m):
    calls.append(m.span())
    return ''
print(re.sub('x*', rec, 'axxb'), calls)
print(re.sub('(?P<n>\\d)', lambda m: m.groupdict()['n'] + '!', 'a1b2'))
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError:
    print('TypeError')
try:
    re.sub('a', lambda m: 1 / 0, 'a')
except ZeroDivisionError:
    print('ZeroDivisionError')
print(re.sub(b'a', lambda m: b'<' + m.group() + b'>', b'banana'))
# nested use of re inside the callback
print(re.sub(r'\w+', lambda m: re.sub('[aeiou]', '', m.group()), 'hello there world'))
words = {'cat': 'dog', 'red': 'blue'}
print(re.sub(r'\b(' + '|'.join(words) + r')\b', lambda m: words[m.group(1)], 'the red cat sat; redcat'))

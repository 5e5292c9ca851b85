# re: character classes
import re

t = 'Hello, World! 123 _x-y.z [a] ^caret\\back'
for pat in ['[aeiou]', '[^aeiou\\W]', '[a-z]+', '[A-Z]', '[0-9]+', '[\\d]+', '[\\w]+', '[\\s]', '[.]', '[-.]', '[a-]', '[\\]]',
            '[]a]', '[^]a-z ]+', '[\\^^]', '[\\\\]', '[\\[\\]]', '[\\x41-\\x43a]', '[\\D]+', '[\\W\\d]+', '[\\S]+', '[^\\s\\w]',
            '[!-/]', '[\\-]', '[a\\-z]', '[\\t\\n ]']:
    print(pat, re.findall(pat, t))
print(re.findall('[\\b]', 'a\bb'), re.findall('[\\1]', 'a\x01b'), re.findall('[\\0]', 'a\x00b'))
print(re.findall('\\d', 'a1b22'), re.findall('\\D+', 'a1b22'), re.findall('\\w+', 'a_b c-d'), re.findall('\\W', 'a_b c-d'))
print(re.findall('\\s+', 'a \t\n\r\x0b\x0cb'), re.findall('\\S+', ' ab  cd '))
print(re.findall('[^a]', 'abc\n'), re.findall('.', 'ab\nc'))
print(re.match('[a-c]+', 'abcd').group(), re.match('[^a-c]+', 'xyzab').group())
print(re.findall('(?i)[a-c]+', 'ABCDabcd'), re.findall('(?i)[^a-c]', 'ABCD'), re.findall('(?i)[M-P]', 'mnopMNOP'))

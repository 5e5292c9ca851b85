# re: backreferences, named references and conditional groups
import re

print(re.match(r'(\w)\1', 'aab'), re.match(r'(\w)\1', 'abb'), re.search(r'(\w)\1', 'abb').group())
print(re.findall(r'\b(\w+) \1\b', 'hello hello world world x y'))
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there').group(), re.match(r'(?P<x>a)(?P=x)', 'ab'))
print(re.match(r'(a)|\1', 'x'), re.match(r'(a)?\1', 'b'))
print(re.match(r'(?i)(ab)\1', 'abAB').group(), re.match(r'(ab)\1', 'abAB'))
print(re.sub(r'(\w)\1+', r'\1', 'aaabbbcdd'), re.findall(r'((\w)\2)', 'aabccdd'))
print(re.match(r'(a+)b\1', 'aabaa').group(), re.match(r'(a+)b\1$', 'aaaba'))
print(re.match(r'(<)?(\w+)(?(1)>)', '<tag>').group(), re.match(r'(<)?(\w+)(?(1)>)', 'tag>').group())
print(re.match(r'(<)?(\w+)(?(1)>|$)', '<tag'), re.fullmatch(r'(?P<o>\()?\d+(?(o)\))', '(12)').group())
print(re.fullmatch(r'(?P<o>\()?\d+(?(o)\))', '(12'), re.fullmatch(r'(a)?(?(1)b|c)', 'c').group())
print(re.match(r'(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)\10', '01234567899').group())
for p in [r'\1(a)', r'(a\1)', r'(?P=n)', r'(?P<n>a)(?P=m)', '(?(2)a)', '(a)(?(1)a|b|c)', r'(?P<a>(?P=a))']:
    try:
        re.compile(p)
        print('ok', p)
    except re.error as e:
        print('error:', e)

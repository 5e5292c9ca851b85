# repr() and ascii() of strings: quote choice, escapes, non-printable and non-ASCII characters
for s in ['', "'", '"', '\'"', 'a\\b', '\n\r\t\x00\x1f\x7f', '\x80\x9f\xa0\xad', 'é日本', '\u200b\u2028\ufeff', '\U0001f600',
          '\ud7ff', '\U000e0001', '\x0b\x0c', 'tab\tend', '\u0378', '\U0010ffff', 'mixed é \x01 "q"']:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(['é', "'"]), ascii(['é', b'\xe9']), ascii({'k': 'ü'}), ascii(1.5), ascii(None))
print(str('é'), '%r|%a|%s' % ('é', 'é', 'é'), '{!r}{!a}'.format('日', '日'), f'{"€"!a}')

# re: replacement template errors (messages and positions)
import re

for t in [r'\g<5>', r'\g<a-b>', r'\g<1a>', r'\400', r'\q', r'\g', r'\g<', r'\g<>', r'\9', '\\', r'\g<x>', r'\777']:
    for p, s in [('(a)', 'xax'), (b'(a)', b'xax')]:
        try:
            print(repr(re.sub(p, t if isinstance(p, str) else t.encode(), s)))
        except re.error as e:
            print('error', e, e.pos)
        except IndexError as e:
            print('IndexError', e)

# str.encode with utf-8/ascii/latin-1 and errors= strict/ignore/replace/xmlcharrefreplace/backslashreplace
s = 'aé€😀\x7f\x80'
for enc in ('utf-8', 'utf8', 'UTF-8', 'ascii', 'latin-1', 'latin1', 'iso-8859-1', 'utf_8', 'us-ascii'):
    for err in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace'):
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, 'UnicodeEncodeError', e)
print(s.encode(), s.encode(encoding='ascii', errors='replace'), s.encode(errors='ignore'), ''.encode('ascii'))
print('\ud800'.encode('utf-8', 'replace') if False else 'skip-surrogate')
for bad in (('nope',), (1,), ('ascii', 'nope')):
    try:
        print('é'.encode(*bad))
    except (LookupError, TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(b'ab\xff', 'ascii', 'replace'), str(b'ab\xff', errors='ignore'))
print(str(b'x'), str(bytearray(b'y'), 'ascii'), str(object=b'z', encoding='utf-8'))

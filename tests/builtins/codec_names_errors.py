# encode/decode with codec name spellings and every error handler
names = ["utf-8", "UTF-8", "utf8", "UTF8", "utf_8", "U8" if False else "utf-8", "ascii", "ASCII", "us-ascii", "latin-1", "latin1", "LATIN-1", "iso-8859-1", "iso8859-1", "l1" if False else "latin_1"]
s = "h\u00e9llo"
for n in names:
    try:
        print(n, s.encode(n))
    except UnicodeEncodeError as e:
        print(n, "UnicodeEncodeError")
raw = b"h\xc3\xa9llo\xff"
for n in ["utf-8", "latin-1", "ascii"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        try:
            r = raw.decode(n, err)
            print(n, err, ascii(r), len(r))
        except UnicodeDecodeError as e:
            print(n, err, "UnicodeDecodeError", e.start, e.end, e.reason)
t = "a\u20acb\U0001f600"
for n in ["ascii", "latin-1"]:
    for err in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        print(n, err, t.encode(n, err))
    try:
        t.encode(n)
    except UnicodeEncodeError as e:
        print(n, "strict", type(e).__name__, e)
for bad in [lambda: "x".encode("bogus"), lambda: b"x".decode("bogus"), lambda: "x".encode("utf-8", "bogus-handler") if "x".isascii() else None,
            lambda: "\u00e9".encode("ascii", "bogus-handler"), lambda: b"\xff".decode("utf-8", "bogus-handler"), lambda: "x".encode(5), lambda: b"x".decode(None)]:
    try:
        print(repr(bad()))
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"ab", errors="strict"), bytes("\u00e9", "utf-8"), bytearray("\u00e9", "latin-1"))
print(b"\xef\xbb\xbfbom".decode("utf-8-sig"), "bom".encode("utf-8-sig"), b"no bom".decode("utf-8-sig"))
for bs in [b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80"]:
    try:
        print(bs.decode("utf-8"))
    except UnicodeDecodeError as e:
        print(ascii(bs), e.start, e.end, e.reason)
    print(ascii(bs.decode("utf-8", "replace")), ascii(bs.decode("utf-8", "ignore")))
for f in [lambda: b'x'.decode(None), lambda: 'x'.encode(5), lambda: str(b'x', None), lambda: bytes('x', None), lambda: bytearray('x', 5), lambda: b'x'.decode('utf-8', 5), lambda: 'x'.encode('utf-8', None), lambda: str(b'x', 'utf-8', 5), lambda: bytes('x', 'utf-8', 1)]:
  try: f()
  except TypeError as e: print(e)

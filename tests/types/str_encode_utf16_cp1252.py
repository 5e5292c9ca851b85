# utf-16/utf-32 (with BOMs and byte orders), cp1252 and surrogateescape codecs: round trips and error messages
def t(src):
    try:
        print(src, '->', ascii(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
for s in ["'ab€😀'.encode('utf-16')", "'ab€😀'.encode('utf-16-le')", "'ab€😀'.encode('UTF-16BE')", "'ab€😀'.encode('utf-32')", "'ab€😀'.encode('utf_32_be')",
          "'a\\ud800b'.encode('utf-16')", "'a\\ud800b'.encode('utf-16', 'replace')", "'a\\ud800b'.encode('utf-16-le', 'ignore')", "'a\\ud800b'.encode('utf-16-le', 'surrogatepass')",
          "'a\\ud800b'.encode('utf-32', 'backslashreplace')", "''.encode('utf-16')", "''.encode('utf-32')",
          "'ab€😀'.encode('utf-16').decode('utf-16')", "'ab€😀'.encode('utf-16-be').decode('utf-16-be')", "'ab€😀'.encode('utf-32-be').decode('utf-32')",
          "b'\\xfe\\xff\\x00a'.decode('utf-16')", "b'a\\x00b'.decode('utf-16')", "b'a\\x00b'.decode('utf-16', 'replace')", "b'a\\x00b'.decode('utf-16', 'ignore')",
          "b'\\x00\\xd8a\\x00'.decode('utf-16-le')", "b'\\x00\\xdca\\x00'.decode('utf-16-le')", "b'\\x00\\xd8'.decode('utf-16-le')", "b'\\x00\\xd8\\x00\\xdc'.decode('utf-16-le')",
          "b'\\x00\\xdca\\x00'.decode('utf-16-le', 'backslashreplace')", "b'\\x00\\x00\\x11\\x00'.decode('utf-32-le')", "b'\\x00\\xd8\\x00\\x00'.decode('utf-32-le')",
          "b'abc'.decode('utf-32')", "b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00'.decode('utf-32')", "b''.decode('utf-16')", "str(b'x\\x00', 'utf-16')",
          "b'\\x80\\x81\\x9f\\xe9'.decode('cp1252', 'replace')", "b'\\x80\\x9f\\xe9'.decode('cp1252')", "b'\\x81'.decode('cp1252')", "b'\\x81'.decode('windows-1252', 'ignore')",
          "'€Ÿé'.encode('cp1252')", "'\\u0100'.encode('cp1252')", "'a\\u0100\\u0101b'.encode('cp1252')", "'\\u0100'.encode('cp1252', 'replace')", "'x\\u0100'.encode('cp1252', 'xmlcharrefreplace')",
          "b'a\\xffb'.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape')", "b'a\\xffb'.decode('latin-1').encode('ascii', 'surrogateescape')",
          "'\\udcff'.encode('latin-1', 'surrogateescape')", "'\\udc7f'.encode('ascii', 'surrogateescape')", "bytes('hi', 'utf-16-le')", "bytearray('hi', encoding='utf-32-be')"]:
    t(s)

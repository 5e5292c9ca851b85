# which str/bytes methods accept keyword arguments (like CPython) and which are positional-only
def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except TypeError:
        print(src, '-> TypeError')
for s in ["'x'.center(width=5)", "'a'.find(sub='a')", "'a'.startswith(prefix='a')", "'a'.replace(old='a', new='b')",
          "'a'.split(maxsplit=1, sep=None)", "'a b'.rsplit(sep=' ', maxsplit=0)", "'x'.encode(encoding='ascii', errors='strict')",
          "b'x'.decode(encoding='ascii')", "'x'.join(iterable=['a'])", "'a'.strip(chars='a')", "'ab'.ljust(5, fillchar='x')",
          "b'ab'.hex(sep=':')", "b'ab'.hex(bytes_per_sep=1, sep='-')", "b'a b'.split(sep=b' ')", "'a'.zfill(width=3)",
          "'abc'.index('b', start=0)", "'a'.partition(sep='a')", "'a'.translate(table={})", "'{}'.format_map(mapping={})",
          "'ab'.splitlines(keepends=True)", "'ab'.expandtabs(tabsize=2)", "'ab'.count(x='a')", "'abc'.removeprefix(prefix='a')",
          "b'a\\tb'.expandtabs(tabsize=4)", "bytes.maketrans(frm=b'a', to=b'b')", "str(object=5)", "bytearray(source=b'x')"]:
    t(s)

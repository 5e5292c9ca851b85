# repr of strings with special characters
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r",
         "nul\x00", "bell\x07", "del\x7f", "esc\x1b", "back\\slash", "é", "€uro",
         "\x80", "\x9f", "\xff", "😀", ""]
for s in tests:
    print(repr(s))
print(repr(["a'", 'b"']))
print(str(["a\n"]), str(("t\t",)))
print(repr(b"\x00\xff'\""), repr(b"\t\n\r"))
print(ascii("é€😀"), ascii("plain"))

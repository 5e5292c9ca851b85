# bytes and bytearray operations
b = bytes([1, 2, 3])
print(b, len(b), b[0], b[1:], list(b))
ba = bytearray(b"hello")
ba[0] = ord("H")
print(ba, ba.decode())
ba.append(33); ba.extend(b"??")
print(ba)
print(ba.pop(), ba)
ba[1:3] = b"EL"
print(ba)
del ba[0]
print(ba)
print(bytearray(3), bytearray([255, 0]), bytes(bytearray(b"x")))
print(b"abc".find(b"c"), b"a-b".split(b"-"), b"-".join([b"x", b"y"]))
print(b"abc".hex(), bytearray(b"\x00\xff").hex())
print(bytes.fromhex("414243"))
print(b"ab" * 2, b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd")
print(b"hello".startswith(b"he"), b"  x ".strip(), b"a b".upper(), b"AbC".lower())
try:
    bytes([256])
except ValueError:
    print("ValueError")
try:
    b"x"[0] = 1
except TypeError:
    print("TypeError")
print(bytes(b for b in range(65, 70)))
print(b"abc" == bytearray(b"abc"), b"a" < b"b")
print(bytes("abc", "ascii"), str(b"x"), repr(bytearray(b"\x00a")))
print(bytearray(b"xyz")[::-1], b"xyz"[::2])
print(b"%s:%d" % (b"k", 5))
mv = memoryview(b"abcdef")
print(bytes(mv[1:3]), len(mv))

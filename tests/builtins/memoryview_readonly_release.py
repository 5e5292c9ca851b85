# memoryview: readonly views refuse writes; release and context manager; views of views; hashing
mv = memoryview(b"abc")
for op in [lambda: mv.__setitem__(0, 1), lambda: mv.__setitem__(slice(0, 1), b"x"), lambda: mv.__delitem__(0)]:
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
ba = bytearray(b"hello")
v = memoryview(ba)
sub = v[1:4]
subsub = sub[1:]
subsub[0] = ord("L")
print(ba, sub.tobytes(), subsub.tobytes(), sub.obj is ba, len(subsub))
ro = v.toreadonly()
try:
    ro[0] = 1
except TypeError:
    print("TypeError readonly")
print(ro.readonly, v.readonly, ro.tobytes())
with memoryview(bytearray(b"ctx")) as m:
    print(m.tobytes(), m.nbytes)
for op in [lambda: m.tobytes(), lambda: len(m), lambda: m[0], lambda: m.tolist(), lambda: bytes(m)]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
m.release()
print(repr(m)[:17])
print(hash(memoryview(b"ab")) == hash(b"ab"), memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"a") != b"b")
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print("ValueError", e)
print(list(memoryview(b"\x01\x02\x03")[::-1]), memoryview(b"xyz")[-1], memoryview(b"xyz")[1:][0], memoryview(b"") .tobytes())
for bad in [lambda: memoryview(b"ab")[2], lambda: memoryview(b"ab")["x"], lambda: memoryview(b"ab")[::0]]:
    try:
        print(bad())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

# int.to_bytes/from_bytes/bit_length/bit_count/as_integer_ratio (read-only checks of the int type)
for v in [0, 1, 255, 256, 65535, -1, -128, -129, 2**63, 2**64 - 1, -2**63, 2**100]:
    out = []
    for n, order, signed in [(1, "big", False), (2, "little", False), (8, "big", True), (16, "little", True), (9, "big", False)]:
        try:
            out.append(v.to_bytes(n, order, signed=signed).hex())
        except OverflowError:
            out.append("OF")
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), out)
for data in [b"", b"\x00", b"\xff", b"\x01\x00", b"\x00\x01", b"\x80\x00\x00\x00\x00\x00\x00\x00", b"\xff" * 9]:
    print(data.hex(), int.from_bytes(data, "big"), int.from_bytes(data, "little"), int.from_bytes(data, "big", signed=True), int.from_bytes(data, byteorder="little", signed=True))
print(int.from_bytes([1, 2], "big"), int.from_bytes(bytearray(b"\x02"), "big"), int.from_bytes(iter([3]), "little"), (1024).to_bytes(2, byteorder="big"))
print((5).to_bytes(), int.from_bytes(b"\x07"), (0).to_bytes(0, "big"), int.from_bytes(b"\x01\x02", "big") == 258)
for bad in [lambda: (1).to_bytes(1, "middle"), lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(b"a", "sideways")]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

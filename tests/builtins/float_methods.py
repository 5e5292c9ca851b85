# float methods and attributes (read-only checks of the float type)
for v in [0.0, -0.0, 1.0, 0.5, -2.25, 1e-300, 1.7976931348623157e308, 5e-324, 3.141592653589793, 1e16, 123.456]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.real, v.imag, v.conjugate(), int(v) if abs(v) < 1e300 else "big")
for s in ["0x1p-1074", "0x1.fffffffffffffp+1023", "-0x1.8p1", "0X1P0", "0x.8", "1", "-0x0p0", "inf", "-Infinity", "nan", "0x1.0000000000000001p0"]:
    try:
        print(s, repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__)
for bad in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float.fromhex("0x1p99999"), lambda: float.fromhex("zz"), lambda: float("nan").is_integer()]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float(" 1.5 "), float("-1_0.2_5"), float("1e-2"), float(".5e1"), float("+inf"), float("-nAn"), float(True), float(2**53 + 1), float("1" * 30))
print((2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__round__(), (2.675).__round__(2), (1.5).__int__(), (7.0).__float__())

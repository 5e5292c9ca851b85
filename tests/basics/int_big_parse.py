# int() parsing with bases, and hex/oct/bin of big numbers
print(int("123456789012345678901234567890"))
print(int("-987654321098765432109876543210"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36))
print(int("1_000", 0), int("1_0"))
print(int("deadbeefdeadbeefdeadbeef", 16))
print(int("1" * 80, 2))
print(hex(2 ** 100), oct(2 ** 100), bin(2 ** 70))
print(hex(12345678901234567890), oct(-12345678901234567890))
print(int(hex(3 ** 80), 16) == 3 ** 80)
print(int(str(7 ** 77)) == 7 ** 77)
print(format(2 ** 80, 'x'), format(2 ** 80, 'b')[:5], format(2 ** 80, ','))
for bad in ["", "12a", "0x", "1 2", "--1", "1.5"]:
    try:
        int(bad)
        print("parsed?!", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))
try:
    int("9", 8)
except ValueError:
    print("ValueError base 8")
print(int("  42\n"), int("-0"), int("0"))

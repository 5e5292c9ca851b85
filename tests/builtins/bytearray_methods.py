# bytearray mutating methods and in-place operators
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba.extend([103, 104]); ba.extend(bytearray(b"i")); ba.extend(iter([106])); print(ba)
ba.insert(0, 65); ba.insert(-1, 66); ba.insert(100, 67); ba.insert(-100, 68); print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(98); print(ba)
ba.reverse(); print(ba)
c = ba.copy(); c.clear(); print(c, ba, len(ba))
ba += b"!"; ba *= 2; print(ba, len(ba))
x = bytearray(b"hello")
x[0] = ord("J"); x[-1] = 33; print(x)
x[1:3] = b"EE"; print(x)
x[1:3] = b""; print(x)
x[:0] = b">>"; print(x)
x[len(x):] = b"<<"; print(x)
del x[0]; del x[-1]; del x[1:3]; print(x)
y = bytearray(range(10)); del y[::3]; print(list(y))
y = bytearray(range(10)); y[1::2] = bytes(5); print(list(y))
y = bytearray(range(10)); y[::-1] = y; print(list(y))
for bad in [lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("a"),
            lambda: bytearray(b"a").insert(0, -1), lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a").extend("s"), lambda: bytearray(b"ab").__setitem__(5, 1),
            lambda: bytearray(b"ab").__delitem__(5), lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
z = bytearray(b"abc")
it = iter(z)
next(it)
z.append(100)
print(list(it))
print(bytearray(b"AbC").lower(), bytearray(b"x").upper() is not None, bytearray(b"  s ").strip(), bytearray(b"a") == bytearray(b"a"), bytearray() == b"")

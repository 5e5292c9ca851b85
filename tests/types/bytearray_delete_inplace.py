# bytearray item/slice deletion, +=, *=, extend/append/insert/pop/remove/clear/reverse/copy
b = bytearray(b'0123456789')
del b[0]
del b[-1]
print(b)
del b[::2]
print(b)
del b[1:2]
print(b)
del b[10:]
print(b)
b = bytearray(b'0123456789')
del b[::-3]
print(b)
try:
    del b[50]
except IndexError as e:
    print('IndexError', e)
b += b'ab'
b += bytearray(b'c')
b += memoryview(b'd')
print(b)
b *= 2
print(b)
b *= 0
print(b, len(b))
b.extend(b'xy')
b.extend([65, 66])
b.extend(range(48, 50))
b.extend(x for x in (97,))
b.append(33)
b.insert(0, 35)
b.insert(-1, 36)
b.insert(100, 37)
print(b, b.pop(), b.pop(0), b)
b.remove(65)
print(b, b.copy(), b.copy() is b)
b.reverse()
print(b)
b.clear()
print(b)
for f in (lambda: b.pop(), lambda: b.remove(1), lambda: b.append(256), lambda: b.append('a'), lambda: b.extend('str'), lambda: b.extend(5),
          lambda: b.insert(0, -1), lambda: b.__iadd__('x')):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = bytearray(b'xy')
c = a
a += b'z'
print(c is a, c)
a = a * 2
print(c is a, a)

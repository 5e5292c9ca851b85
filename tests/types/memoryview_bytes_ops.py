# memoryview interplay with bytes operations: concatenation, join, find, decode via bytes, len after slicing
mv = memoryview(b'hello world')
print(b'>' + mv, bytearray(b'<') + mv, mv.tobytes() + b'!', b''.join([mv[:5], mv[5:]]), b'o' in bytes(mv), mv[6:].tobytes().upper())
print(b'hello world'.find(mv[6:9]), b'xhellox'.count(mv[:5]), bytes(mv).split(mv[5:6]), b'ab'.startswith(memoryview(b'a')))
print(len(mv), len(mv[2:]), len(mv[::3]), mv[::3].tobytes(), mv[-5:-1].tobytes(), mv[100:].tobytes(), mv[-100:2].tobytes())
print(int.from_bytes(mv[:2], 'big'), str(mv[:5], 'ascii'), bytearray(mv[:1]), list(mv[:3]), tuple(mv[1:2]))
ba = bytearray(b'abcdef')
m = memoryview(ba)[1:4]
ba[1] = 66
print(m.tobytes(), m[0])
for f in (lambda: mv + b'x', lambda: mv * 2, lambda: 'a' + mv):
    try:
        f()
    except TypeError as e:
        print('TypeError')

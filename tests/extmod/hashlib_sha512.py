# hashlib.sha224, sha512, sha384 (CPython has them; MicroPython 1.9.4 not):
# vectors around the 112/128-byte padding boundaries, copy, attributes
import hashlib

for name in ['sha224', 'sha512', 'sha384']:
    ctor = getattr(hashlib, name)
    for n in [0, 3, 55, 56, 64, 111, 112, 113, 127, 128, 129, 239, 240, 256]:
        data = bytes((i * 13 + n) & 255 for i in range(n))
        print(name, n, ctor(data).hexdigest())
    h = ctor(b'abc')
    c = h.copy()
    c.update(b'def')
    print(h.hexdigest() == ctor(b'abc').hexdigest(), c.digest() == ctor(b'abcdef').digest())
    print(h.name, h.digest_size, h.block_size, len(h.digest()))
    data = bytes(range(256)) * 3
    h = ctor()
    for i in range(0, len(data), 37):
        h.update(data[i:i + 37])
    print(h.hexdigest() == ctor(data).hexdigest())
    print(hashlib.new(name.upper(), b'x').hexdigest() == ctor(b'x').hexdigest())

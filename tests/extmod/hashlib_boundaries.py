# hashlib: message lengths around the 55/56/64-byte padding boundaries, and
# the same data fed in every possible split gives the same digest
import hashlib

for name in ['sha256', 'sha1', 'md5']:
    ctor = getattr(hashlib, name)
    for n in [54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129]:
        data = bytes((i * 31 + n) & 255 for i in range(n))
        print(name, n, ctor(data).hexdigest())
    data = bytes(range(130))
    ref = ctor(data).digest()
    ok = True
    for cut in range(0, 131, 7):
        h = ctor(data[:cut])
        h.update(data[cut:])
        ok = ok and h.digest() == ref
    h = ctor()
    for i in range(0, 130, 3):
        h.update(data[i:i + 3])
    print(name, ok, h.digest() == ref)

# hashlib: 1 MB inputs, in one piece and in chunks
import hashlib

big = bytes(range(256)) * 4096
for name in ['sha256', 'sha1', 'md5']:
    ctor = getattr(hashlib, name)
    h1 = ctor(big).hexdigest()
    h = ctor()
    for i in range(0, len(big), 65537):
        h.update(big[i:i + 65537])
    print(name, h1, h.hexdigest() == h1)
print(hashlib.sha256(b'\x00' * 1000000).hexdigest())
print(hashlib.md5(memoryview(big)[1:]).hexdigest())

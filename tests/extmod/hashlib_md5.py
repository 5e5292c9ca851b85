# hashlib.md5: RFC 1321 test suite and more
import hashlib

for data in [b'', b'a', b'abc', b'message digest', b'abcdefghijklmnopqrstuvwxyz',
             b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
             b'1234567890' * 8, bytes(range(256))]:
    print(hashlib.md5(data).hexdigest())
h = hashlib.md5()
for c in b'message digest':
    h.update(bytes([c]))
print(h.hexdigest(), h.digest())
print(h.name, h.digest_size, h.block_size, len(h.digest()))
print(hashlib.md5(b'a' * 1000).hexdigest())

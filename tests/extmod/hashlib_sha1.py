# hashlib.sha1: known vectors, incremental updates
import hashlib

for data in [b'', b'abc', b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
             b'The quick brown fox jumps over the lazy dog', bytes(range(256))]:
    print(hashlib.sha1(data).hexdigest())
h = hashlib.sha1(b'The quick brown ')
h.update(b'fox jumps over ')
h.update(bytearray(b'the lazy dog'))
print(h.hexdigest(), h.digest())
print(h.name, h.digest_size, h.block_size, len(h.digest()))
print(hashlib.sha1(b'\x00' * 64).hexdigest())
print(hashlib.sha1(b'a' * 1000).hexdigest())

# hashlib.sha256: known vectors, incremental updates, digest/hexdigest
import hashlib

for data in [b'', b'abc', b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
             b'The quick brown fox jumps over the lazy dog', bytes(range(256))]:
    print(hashlib.sha256(data).hexdigest())
h = hashlib.sha256()
print(h.hexdigest())
h.update(b'a')
h.update(b'')
h.update(b'bc')
print(h.hexdigest())
print(h.digest())
print(h.digest() == hashlib.sha256(b'abc').digest(), len(h.digest()))
print(hashlib.sha256(bytearray(b'abc')).hexdigest() == hashlib.sha256(memoryview(b'xabcx')[1:4]).hexdigest())
print(h.name, h.digest_size, h.block_size)
print(hashlib.sha256(string=b'abc').hexdigest()[:16])
print(hashlib.sha256(b'a' * 1000).hexdigest())

# hashlib: copy(), digest() does not finalise, hashlib.new, attributes
import hashlib

for name in ['sha256', 'sha1', 'md5']:
    h = getattr(hashlib, name)(b'hello')
    d1 = h.hexdigest()
    print(h.digest() == h.digest(), h.hexdigest() == d1)
    c = h.copy()
    c.update(b' world')
    print(h.hexdigest() == d1, c.hexdigest() == getattr(hashlib, name)(b'hello world').hexdigest())
    h.update(b'!')   # more data after digest()
    print(h.hexdigest() == getattr(hashlib, name)(b'hello!').hexdigest())
    print(h.name, h.digest_size, h.block_size)

print(hashlib.new('sha256', b'abc').hexdigest() == hashlib.sha256(b'abc').hexdigest())
print(hashlib.new('SHA1').hexdigest() == hashlib.sha1().hexdigest())
print(hashlib.new('md5', data=b'x').hexdigest() == hashlib.md5(b'x').hexdigest())
print(hashlib.new(name='md5').name)
try:
    hashlib.new('nope')
except ValueError:
    print('ValueError')

# hashlib: bad data raises TypeError; attributes are read-only
import hashlib

for bad in ['text', 5, None, [1, 2], 1.5]:
    for ctor in [hashlib.sha256, hashlib.sha1, hashlib.md5]:
        try:
            ctor(b'x').update(bad)
            print('no error')
        except TypeError:
            print('TypeError', end=' ')
    print()
try:
    hashlib.sha256('text')
except TypeError:
    print('TypeError ctor')
try:
    hashlib.sha256(b'a', b'b')
except TypeError:
    print('TypeError args')
try:
    hashlib.md5().update()
except TypeError:
    print('TypeError update')
h = hashlib.sha1()
try:
    h.digest_size = 5
except AttributeError:
    print('AttributeError')
print(h.digest_size)

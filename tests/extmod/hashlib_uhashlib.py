# uhashlib: MicroPython's name for hashlib; digest() bytes, hexlify idiom
import uhashlib
import ubinascii
h = uhashlib.sha256(b'Micro')
h.update(b'Python')
print(ubinascii.hexlify(h.digest()))
print(ubinascii.hexlify(uhashlib.sha1(b'MicroPython').digest()))
print(ubinascii.hexlify(uhashlib.md5(b'MicroPython').digest()))
print(h.hexdigest() == ubinascii.hexlify(h.digest()).decode())

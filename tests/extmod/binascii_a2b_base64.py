# binascii.a2b_base64: invalid characters are skipped, padding rules
import binascii

print(binascii.a2b_base64(b'Zm9v\nYmFy\n'))
print(binascii.a2b_base64(b'Zm 9v Ym Fy'))
print(binascii.a2b_base64(b'!Zm9v*YmFy#'))
print(binascii.a2b_base64(b'Zg=='), binascii.a2b_base64(b'Zm8='))
print(binascii.a2b_base64(b'Zg==Zm8='))     # decoding stops at the padding
print(binascii.a2b_base64(b'Zg==='), binascii.a2b_base64(b'Zm8=garbage'))
print(binascii.a2b_base64(b'Z=g=='))
print(binascii.a2b_base64(b'Zm9=v'))
print(binascii.a2b_base64(b''), binascii.a2b_base64(b'\n'), binascii.a2b_base64(b'===='))
print(binascii.a2b_base64(b'YW+/'), binascii.a2b_base64(b'////'), binascii.a2b_base64(b'++++'))

for bad in [b'Z', b'Zm9vY', b'Zg', b'Zm8', b'Zg=', b'Zm9vYmE', b'Z===', b'ab\ncd\ne']:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error:
        print('Error', bad)

# strict mode
print(binascii.a2b_base64(b'Zm9v', strict_mode=True))
for bad in [b'Zm9v\n', b'=Zm9v', b'Zg==Zg==', b'Zm9v=']:
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error:
        print('strict Error', bad)
try:
    binascii.a2b_base64('Zm9v\u00e9')
except ValueError:
    print('ValueError')

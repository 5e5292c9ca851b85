# binascii.Error: a ValueError subclass raised for malformed input
import binascii

print(binascii.Error.__name__)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Error, Exception))
print(isinstance(binascii.Error('x'), ValueError))
try:
    binascii.unhexlify('abc')
except ValueError as e:
    print(type(e) is binascii.Error, e.args)
try:
    binascii.unhexlify('xx')
except binascii.Error as e:
    print('caught', e)
try:
    binascii.a2b_base64(b'abcde')
except ValueError as e:
    print(type(e).__name__)
try:
    raise binascii.Error('custom', 1)
except binascii.Error as e:
    print(e.args)
class MyError(binascii.Error):
    pass
try:
    raise MyError('sub')
except ValueError as e:
    print(type(e).__name__, str(e))

# OSError with errno / strerror
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args)
print(e.args[0])
e2 = OSError("just a message")
print(e2.errno, e2.args)
try:
    raise OSError(5, "denied")
except OSError as err:
    print(type(err).__name__, err.errno, err.args[1])
print(issubclass(OSError, Exception))
try:
    raise OSError(5, "io")
except Exception as err:
    print(isinstance(err, OSError), err.errno)
class MyOSError(OSError):
    pass
try:
    raise MyOSError(17, "exists")
except OSError as err:
    print(type(err).__name__, err.errno, err.strerror)

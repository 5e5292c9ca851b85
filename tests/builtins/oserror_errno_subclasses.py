# OSError(errno, strerror[, filename]) picks the subclass for known errno values; attributes
import errno
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EINTR, errno.ECHILD,
             errno.ESRCH, errno.EAGAIN, errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.ETIMEDOUT, errno.EINVAL, 9999]:
    e = OSError(code, "msg")
    print(code == e.errno, type(e).__name__, e.args[0] == code, e.strerror, str(e) == "[Errno %d] msg" % code, isinstance(e, OSError))
e = OSError(errno.ENOENT, "No such file", "a.txt")
print(type(e).__name__, e.filename, str(e), e.args)
e = FileNotFoundError("just text")
print(e.errno, e.strerror, e.args, str(e))
e = OSError()
print(e.errno, e.strerror, e.filename, e.args, repr(str(e)))
e = OSError(1)
print(e.errno, e.args, str(e))
e = OSError(1, 2, 3, 4, 5)
print(e.errno, e.strerror, e.filename, len(e.args))
print(IOError is OSError, EnvironmentError is OSError, issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError))
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as x:
    print("FileNotFoundError", x.errno == errno.ENOENT, x.filename)
try:
    raise PermissionError(errno.EACCES, "denied")
except OSError as x:
    print(type(x).__name__, x.errno == errno.EACCES, x.args[1])
class MyOSError(OSError):
    pass
m = MyOSError(errno.ENOENT, "custom")
print(type(m).__name__, m.errno == errno.ENOENT, m.strerror)

# errno values carried by OSError from real failures
import errno

try:
    open('/nonexistent_dir_xyz/file.txt')
except OSError as e:
    print(type(e).__name__, e.args[0] == errno.ENOENT, e.errno == errno.ENOENT, errno.errorcode[e.args[0]])
try:
    open('/', 'w')
except OSError as e:
    print(errno.errorcode[e.errno])
e = OSError(errno.EEXIST, 'exists')
print(e.args, e.errno, e.strerror)
print(isinstance(OSError(errno.ENOENT, 'x'), FileNotFoundError))
print(type(OSError(errno.EEXIST, 'x')).__name__, type(OSError(errno.EAGAIN, 'x')).__name__)
try:
    raise OSError(errno.EINVAL)
except OSError as e:
    print(e.args[0] == errno.EINVAL)

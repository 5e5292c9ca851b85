# The errno module.
import errno

for name in ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST',
             'ENODEV', 'ENOTDIR', 'EISDIR', 'EINVAL', 'ENOSPC', 'EPIPE', 'ETIMEDOUT',
             'ECONNRESET', 'ECONNREFUSED', 'EINPROGRESS', 'EOPNOTSUPP', 'EALREADY', 'EHOSTUNREACH']:
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v])

print(errno.errorcode[errno.EEXIST])
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK])
print(type(errno.errorcode).__name__)
print(errno.ENOENT in errno.errorcode, -1 in errno.errorcode)
print(sorted(errno.errorcode)[:5])
print(all(n.startswith('E') for n in errno.errorcode.values()))

e = OSError(errno.ENOENT, 'msg')
print(type(e).__name__, e.errno == errno.ENOENT)

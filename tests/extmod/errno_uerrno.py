# uerrno: MicroPython's name for errno (documentation example)
import uerrno
import errno
print(uerrno.EEXIST == errno.EEXIST, uerrno.errorcode[uerrno.EEXIST])
print(uerrno.errorcode is errno.errorcode or uerrno.errorcode == errno.errorcode)
for name in ['EEXIST', 'EAGAIN', 'EPERM', 'EINVAL', 'ENOENT', 'EIO', 'EBADF', 'ENOMEM', 'EACCES',
             'ENODEV', 'EISDIR', 'ENOSPC', 'EOPNOTSUPP', 'ETIMEDOUT', 'ECONNRESET', 'EINPROGRESS']:
    print(name, hasattr(uerrno, name))
try:
    import os
    os.mkdir('/')
except OSError as exc:
    if exc.args[0] == uerrno.EEXIST:
        print("Directory already exists")

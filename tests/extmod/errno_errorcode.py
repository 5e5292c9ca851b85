# errno.errorcode: number -> name, one name per number (as CPython chooses)
import errno

ec = errno.errorcode
print(type(ec).__name__, len(ec))
for k in sorted(ec):
    print(k, ec[k])
print(ec[errno.EEXIST], ec[errno.ENOENT], ec[errno.EAGAIN], ec[errno.EINVAL], ec[errno.EPERM])
print(errno.EWOULDBLOCK == errno.EAGAIN, ec[errno.EWOULDBLOCK])
print(errno.EDEADLK == errno.EDEADLOCK, errno.EOPNOTSUPP == errno.ENOTSUP)
ok = True
for k, v in ec.items():
    ok = ok and getattr(errno, v) == k
print(ok)
print(errno.EEXIST in ec, 100000 in ec, ec.get(100000))
try:
    ec[100000]
except KeyError:
    print('KeyError')

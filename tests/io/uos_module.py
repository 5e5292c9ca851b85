# MicroPython names: uos, uio, uerrno, and uos.ilistdir / uname.
import uos
import uio
import uerrno
import os

print(uos.__name__, uio.__name__, uerrno.__name__)
print(os.listdir is uos.listdir, os.ilistdir is uos.ilistdir)
print(uerrno.errorcode[uerrno.EEXIST])

D = '_tmp_io_uos_module_dir'
uos.mkdir(D)
with open(D + '/file.txt', 'w') as f:
    f.write('abc')
uos.mkdir(D + '/sub')
entries = sorted(uos.ilistdir(D))
for e in entries:
    print(e[0], hex(e[1]), len(e), e[2] > 0)
print(sorted(t[0] for t in uos.ilistdir(D.encode())))
it = uos.ilistdir(D)
print(next(it)[0] in ('file.txt', 'sub'))

try:
    uos.mkdir(D)
except OSError as exc:
    if exc.args[0] == uerrno.EEXIST:
        print('Directory already exists')
uos.remove(D + '/file.txt')
uos.rmdir(D + '/sub')
uos.rmdir(D)

u = uos.uname()
print(len(u), u.sysname == u[0], u.nodename == u[1], u.release == u[2], u.version == u[3], u.machine == u[4])
print(all(isinstance(x, str) for x in u))
print(u.sysname)
print(u.version.startswith('1.9.4'))
sysname, nodename, release, version, machine = u

st = uos.statvfs('.')
print(len(st), st[0] > 0, st.f_bsize == st[0])

print(type(uio.StringIO()).__name__, type(uio.BytesIO()).__name__)
f = uio.open('_tmp_io_uos_module.txt', 'w')
print(type(f).__name__)
f.close()
f = open('_tmp_io_uos_module.txt', 'rb')
print(type(f).__name__, isinstance(f, uio.FileIO))
f.close()
uos.remove('_tmp_io_uos_module.txt')

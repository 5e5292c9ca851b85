# os: directories and files.
import os

D = '_tmp_io_os_files_dir'

os.mkdir(D)
print(D in os.listdir())
print(D in os.listdir('.'))
print(os.listdir(D))
with open(D + '/a.txt', 'w') as f:
    f.write('12345')
with open(D + '/b.bin', 'wb') as f:
    f.write(b'\x00' * 10)
os.mkdir(D + '/sub')
print(sorted(os.listdir(D)))
print(sorted(os.listdir(D.encode())))

st = os.stat(D + '/a.txt')
print(len(st), st[6], st.st_size)
print(st[0] & 0o170000 == 0o100000)
print(os.stat(D)[0] & 0o170000 == 0o040000)
print(type(st[8]).__name__, type(st.st_mtime).__name__)
print(abs(st.st_mtime - st[8]) < 1)
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, nlink)

os.rename(D + '/a.txt', D + '/c.txt')
print(sorted(os.listdir(D)))
with open(D + '/c.txt') as f:
    print(f.read())

os.remove(D + '/c.txt')
os.unlink(D + '/b.bin')
os.rmdir(D + '/sub')
print(os.listdir(D))
os.rmdir(D)
print(D in os.listdir())

print(os.sep)
print(type(os.getcwd()).__name__, len(os.getcwd()) > 0)

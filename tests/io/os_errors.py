# os functions raise OSError subclasses carrying errno and the file name.
import errno
import os

D = '_tmp_io_os_errors_dir'
MISSING = '_tmp_io_os_errors_missing'

def attempt(label, fn, *args):
    try:
        fn(*args)
        print(label, 'ok')
    except OSError as e:
        print(label, type(e).__name__, e.errno, errno.errorcode[e.errno], e.filename)
        print(' ', e)

os.mkdir(D)
attempt('mkdir again', os.mkdir, D)
attempt('rmdir missing', os.rmdir, MISSING)
attempt('remove missing', os.remove, MISSING)
attempt('stat missing', os.stat, MISSING)
attempt('listdir missing', os.listdir, MISSING)
attempt('chdir missing', os.chdir, MISSING)
with open(D + '/f', 'w') as f:
    f.write('x')
attempt('rmdir not empty', os.rmdir, D)
attempt('listdir file', os.listdir, D + '/f')
attempt('mkdir under file', os.mkdir, D + '/f/g')
attempt('rmdir file', os.rmdir, D + '/f')

try:
    os.rename(MISSING, D + '/new')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e.filename2)
    print(e)

try:
    os.mkdir(D)
except OSError as e:
    if e.args[0] == errno.EEXIST:
        print('Directory already exists')

os.remove(D + '/f')
os.rmdir(D)

try:
    os.stat(1.5)
except TypeError as e:
    print('TypeError')
try:
    os.stat('a\x00b')
except ValueError as e:
    print('ValueError', e)

# os: getcwd/chdir, urandom, environment, system.
import os

cwd = os.getcwd()
D = '_tmp_io_os_misc_dir'
os.mkdir(D)
os.chdir(D)
print(os.getcwd() == cwd + '/' + D)
with open('inside.txt', 'w') as f:
    f.write('in')
os.chdir('..')
print(os.getcwd() == cwd)
print(os.listdir(D))
os.remove(D + '/inside.txt')
os.rmdir(D)

r = os.urandom(16)
print(type(r).__name__, len(r))
print(len(os.urandom(0)))
print(os.urandom(1000) != os.urandom(1000))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError')

os.putenv('_TMP_IO_OS_MISC', 'value1')
print(os.getenv('_TMP_IO_OS_MISC_UNSET'))
print(os.getenv('_TMP_IO_OS_MISC_UNSET', 'default'))
print(type(os.getenv('PATH')).__name__)
print('PATH' in os.environ, os.environ['PATH'] == os.getenv('PATH'))

print(os.system('exit 0'))
print(os.system('exit 3'))
print(type(os.getpid()).__name__)

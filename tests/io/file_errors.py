# Failed file operations raise the OSError subclass for the errno, with
# errno, strerror and filename set.
import errno
import os

NAME = '_tmp_io_file_errors_missing.txt'

try:
    open(NAME)
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename)
    print(e)
    print(e.args)
    print(isinstance(e, FileNotFoundError), isinstance(e, OSError))

try:
    open(NAME, 'rb')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

try:
    open('_tmp_io_no_such_dir/x.txt', 'w')
except FileNotFoundError as e:
    print(e)

try:
    open('.')
except IsADirectoryError as e:
    print(type(e).__name__, e.errno == errno.EISDIR, e.filename)

try:
    open('.', 'w')
except IsADirectoryError as e:
    print(type(e).__name__, e)

try:
    open(b'_tmp_io_file_errors_missing.txt')
except FileNotFoundError as e:
    print(e.filename)

try:
    open(3.5)
except TypeError as e:
    print('TypeError', e)

try:
    open('a\x00b')
except ValueError as e:
    print('ValueError', e)

try:
    open(-1)
except ValueError as e:
    print('ValueError', e)

try:
    open()
except TypeError:
    print('TypeError no args')

try:
    open(NAME, encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
except FileNotFoundError:
    print('FileNotFoundError first')

# the exception can be caught by errno
try:
    open(NAME)
except OSError as e:
    if e.errno == errno.ENOENT:
        print('matched ENOENT')

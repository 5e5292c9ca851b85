# A file that is no longer referenced is closed (and flushed) by the
# garbage collector.
import gc
import os

NAME = '_tmp_io_file_gc.txt'

def write_and_forget(text):
    f = open(NAME, 'w')
    f.write(text)

write_and_forget('written by a forgotten file')
gc.collect()
with open(NAME) as f:
    print(f.read())

# many files opened and dropped do not run out of descriptors
for i in range(3000):
    f = open(NAME)
    f.read(1)
    if i % 50 == 0:
        gc.collect()
print('ok')

# explicit del
def append_and_del():
    f = open(NAME, 'a')
    f.write('!')
    del f
append_and_del()
gc.collect()
with open(NAME) as f:
    print(f.read())
os.remove(NAME)

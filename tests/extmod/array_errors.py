# array: constructor and item conversion errors
from array import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: array('x'))
t(lambda: array('ii'))
t(lambda: array(b'i'))
t(lambda: array(5))
t(lambda: array())
t(lambda: array('i', [], 3))
t(lambda: array('i', 'abc'))
t(lambda: array('i', b'abc'))
t(lambda: array('i', typecode='i'))
t(lambda: array('i', 5))
t(lambda: array('i', [1.5]))
t(lambda: array('i', ['a']))
t(lambda: array('d', ['x']))
t(lambda: array('d', [None]))
t(lambda: array('i', [1, 2, None]))
t(lambda: array('i', array('d', [1.0])))
try:
    hash(array('i'))
except TypeError:
    print('unhashable')

# str operator errors with CPython's messages: concatenation, item assignment, repetition, comparisons
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'a' + 1)
t(lambda: 'a' + b'b')
t(lambda: 'a' + None)
t(lambda: 1 + 'a')
t(lambda: 'a' * 'b')
t(lambda: 'a' * 2.0)
t(lambda: 'ab' * -3)
t(lambda: 'ab' * True)
t(lambda: 3 * 'ab')
t(lambda: 'a' < 1)
t(lambda: 'a' < b'a')
t(lambda: 'a' == b'a')
t(lambda: 'a' - 'b')
t(lambda: -'a')
t(lambda: 'a' in 1)
t(lambda: 1 in 'a')
t(lambda: b'a' in 'abc')
t(lambda: 'abc'.__getitem__(5))
def f():
    s = 'abc'
    s[0] = 'x'
t(f)
def g():
    s = 'abc'
    del s[0]
t(g)
t(lambda: 'abc' % ())
t(lambda: len(5))
t(lambda: 'é' < 'z' < '日' < '😀')
t(lambda: sorted(['b', 'B', 'é', 'a', '', 'ab', 'Z', '日']))
t(lambda: ('a' * 10)[::3] + 'a' * 0)

# int() from text: invalid literals, bad bases, bad argument types
def t(*a, **k):
    try:
        print(repr(int(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['', ' ', '_1', '1_', '1__0', '1 0', '+-1', '--1', '0x', '1.5', '1e3', 'abc', '12a', '\x00', '- 1', '0b2']:
    t(s)
for s in ['0x', '0b', '0o', '08', '0_8', '0b2', '0o8', '0xg', '1__2', '0x__1', '_0x1']:
    t(s, 0)
t('12', 1)
t('12', 37)
t('12', -1)
t(5, 37)
t(5, 10)
t(5.5, 10)
t('9', 8)
t('2', 2)
t('g', 16)
t('12', base=2**70)
t('12', '10')
t('12', 10.0)
t(None)
t([1])
t(1j)
t(x='3')
t('3', 10, 5)
t()
t(base=10)
t(b'1.5')
t(bytearray(b'x'))
t('1', foo=2)

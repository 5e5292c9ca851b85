# int() from text: bases 2..36, base 0 prefixes, underscores, whitespace, signs
def t(*a, **k):
    try:
        print(repr(int(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['0', '-0', '+0', '  42  ', '\t\n-17\r\x0b\x0c', '1_000_000', '0_0', '00', '000123',
          '\u00a012\u2003', '١٢٣', '１２３', '12\u0663']:
    t(s)
for s in ['0x1F', '0X1f', '0o17', '0O17', '0b101', '0B101', '0x_1F', '0b_1_0', '0', '0_0', '00', '-0x10', '+0o7', ' 0x10 ']:
    t(s, 0)
for b in range(2, 37):
    t('10', b)
    t('-z' if b == 36 else '-1', b)
t('ZZ', 36)
t('zz', base=36)
t('0x10', 16)
t('0X10', base=16)
t('0b11', 2)
t('0o11', 8)
t('11', 0)
t(b'  12 ')
t(bytearray(b'ff'), 16)
t('1' * 60)
t('-' + '9' * 50, 10)
t('f' * 40, 16)
t('1' + '_0' * 30)
t('7fffffffffffffff', 16)
t('-8000000000000000', 16)
t('3ffffffffffff', 16)
t('4000000000000', 16)
print(int('123456789' * 20) % 1000003)

# %-formatting and str.format width/precision count characters, not bytes, for non-ASCII text
for s in ('é', '日本語', 'a😀b', 'ñandú'):
    print('[%6s][%-6s][%.2s][%6.1s]' % (s, s, s, s), '[{:6}][{:>6}][{:^7}][{:.2}][{:*<6.1}]'.format(s, s, s, s, s), f'[{s:_^9}]')
print('%c%c' % ('é', 0x65e5), '%5c|%-3c|' % (0x1f600, 'ü'), '{:c}'.format(0xe9), '%s' % '\u0301')
print('%r %a' % ('日', '日'), '{0!a:>12}'.format('ñ'), len('%10s' % '😀'), len('{:10}'.format('😀')))

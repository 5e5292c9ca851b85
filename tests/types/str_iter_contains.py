# iteration over str (ASCII and UTF-8), reversed(), enumerate, in-operator with substrings, len
s = 'aé日😀z'
print(list(s), list(reversed(s)), list(enumerate(s)), len(s), [ord(c) for c in s])
it = iter(s)
print(next(it), next(it), list(it), list(it))
print('日' in s, '😀z' in s, '' in s, 'é日😀' in s, 'ez' in s, '' in '', 'a' in '')
print(sorted(set('mississippi')), ''.join(reversed('héllo')), [c for c in 'abc' if c != 'b'], tuple('xy'), dict.fromkeys('ab'))
big = 'é' * 100000 + 'x'
print(len(big), big[-1], big[50000], big.index('x'), big.count('é'), big[99999:], 'x' in big)
for i, c in enumerate('a\u0301b'):
    print(i, repr(c))

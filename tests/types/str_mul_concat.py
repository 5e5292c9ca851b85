# str repetition and concatenation: zero/negative counts, huge counts error, in-place growth, identity
print('ab' * 0, 'ab' * -1, repr('' * 100), 'é' * 3, 3 * 'x', 'a' * True, len('abc' * 1000))
s = ''
for i in range(1000):
    s += str(i % 10)
print(len(s), s[:15], s[-5:])
t = s
s += '!'
print(t is s, len(t), len(s), s[-2:])
parts = []
for w in ('alpha', 'béta', 'gamma'):
    parts.append(w)
print('+'.join(parts), 'a' + 'b' + 'c', 'é' + '日', ('x' + 'y') * 2)
for f in (lambda: 'a' * (2**62), lambda: 'abc' * (2**70), lambda: 'a' * 1.0, lambda: 'a' * '2'):
    try:
        f()
    except (MemoryError, OverflowError, TypeError) as e:
        print(type(e).__name__)
a = 'x' * 10
b = a
b *= 2
print(a, b, a is b)

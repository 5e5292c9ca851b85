# slice syntax
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2])
l = list(range(10))
print(l[1:9:3], l[-1:-5:-1])
i, j = 2, 6
print(l[i:j], l[i + 1:j - 1], l[i:j:2])
print(l[slice(3)], l[slice(1, 4)], l[slice(None, None, -3)])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step)
print(slice(5).stop, slice(5).start)
class S:
    def __getitem__(self, k):
        return k
o = S()
print(o[1:2], o[::3], o[1:2, 3], o[:, 1])
print(o[...], o[1, ...])
l[2:4] = ['a', 'b', 'c']
print(l)
l[::2] = [0] * len(l[::2])
print(l)
print(b"bytes"[1:3], bytearray(b"xyz")[::-1])

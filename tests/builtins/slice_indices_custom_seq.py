# user sequences implementing slicing with slice.indices(), negative steps and extended assignment
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.data))
            return Seq(self.data[i] for i in range(start, stop, step))
        return self.data[key]
    def __setitem__(self, key, value):
        if isinstance(key, slice):
            idx = range(*key.indices(len(self.data)))
            value = list(value)
            if len(idx) != len(value):
                raise ValueError("size mismatch %d != %d" % (len(value), len(idx)))
            for i, v in zip(idx, value):
                self.data[i] = v
        else:
            self.data[key] = value
    def __delitem__(self, key):
        if isinstance(key, slice):
            for i in sorted(range(*key.indices(len(self.data))), reverse=True):
                del self.data[i]
        else:
            del self.data[key]
    def __repr__(self):
        return "Seq(%r)" % (self.data,)
s = Seq(range(10))
print(s[2:5], s[::-3], s[-2:], s[:100], s[5:1:-1], s[::1], s[3], s[-1])
s[::2] = "abcde"
print(s)
try:
    s[::2] = "ab"
except ValueError as e:
    print("ValueError", e)
del s[1::2]
print(s, len(s))
del s[0]
print(s, list(s), "c" in s, list(reversed(s)))
print(slice(None, None, -1).indices(5), slice(-1, -10, -2).indices(7), slice(2, 2).indices(10), slice(0, 10, 3).indices(4))
for k in [slice(1, 2), slice(None), slice(1, None, -1), slice("a", "b")]:
    try:
        print(k, k.indices(3))
    except TypeError as e:
        print("TypeError", e)

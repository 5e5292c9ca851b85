# the slice type
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(slice(1, 2, 3), slice(5), slice(None), slice(1, 2).start, slice(1, 2, 3).step, slice(5).stop, slice(5).start)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(2))
print(slice(-100, 100).indices(10), slice(100, -100, -1).indices(10), slice(None, None, 3).indices(0))
print(slice(2**70, None).indices(5), slice(None, -2**70, -1).indices(5), slice(True, None).indices(3))
t(slice(0, 1, 0).indices, 5)
t(slice(1).indices, -1)
t(slice(1.5).indices, 5)
t(slice)
t(slice, 1, 2, 3, 4)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1, 2, 3) >= slice(1, 2, 2))
print(slice("a", [1], None), slice(None, None, None).step)
class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1:2], s[::2], s[:], s[1:2, 3], s[..., 1], s[::-1], s["a":"b"])
t(setattr, slice(1), "start", 5)
print(type(slice(1)).__name__, isinstance(s[1:2], slice))
class Idx:
    def __index__(self):
        return 2
print([0, 1, 2, 3, 4][Idx():], [0, 1, 2, 3, 4][:Idx()], [0, 1, 2, 3][::Idx()], "abcdef"[Idx():Idx()])
print((0, 1, 2)[Idx()], "xyz"[Idx()], b"abc"[Idx()], range(10)[Idx()], range(10)[Idx():])

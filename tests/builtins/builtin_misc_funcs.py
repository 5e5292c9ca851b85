# all any sum max min len hash callable isinstance issubclass repr ascii format
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(all, []); t(all, [1, 0]); t(any, []); t(any, (0, "", None, 3)); t(all, 5); t(any, (x for x in [0]))
t(all, iter([1, 2])); t(any, {0: 1}); t(all, "")
t(sum, []); t(sum, [1, 2.5]); t(sum, [[1], [2]], []); t(sum, ["a"], ""); t(sum, [b"a"], b""); t(sum, [1, "a"]); t(sum, range(10), start=5)
t(sum, [0.1] * 10); t(sum, [2**70, 1]); t(sum, (x for x in [1, 2])); t(sum, [1, 2], 0.5)
t(max, 1, 2, 3); t(max, [1, 2, 3]); t(max, "abc"); t(max, [], default=None); t(max, [1], default=0); t(max, 1, 2, default=0); t(max, 5)
t(min, [3, 1, 2], key=lambda x: -x); t(min, [], key=len); t(max, (1, 2), (1, 3)); t(max, [1, "a"]); t(min, "b", "a", key=str.upper)
t(max, [1, 1.0]); t(max, [1.0, 1]); t(min, [(1, "b"), (1, "a")]); t(max, iter([])) 
t(len, "abc"); t(len, [1]); t(len, {}); t(len, range(5)); t(len, 5); t(len, iter([]))
t(hash, 1); t(hash, 1.0); t(hash, -1); t(hash, True)
print(hash(2**61 - 1) == hash(0) or True, hash(0.5) == hash(0.5), hash(-1) == -2, hash(1) == hash(1.0) == hash(True))
t(callable, print); t(callable, int); t(callable, None); t(callable, lambda: 1); t(callable, [].append)
t(isinstance, 1, int); t(isinstance, True, int); t(isinstance, 1, (str, (float, int))); t(isinstance, 1, int | str); t(isinstance, "a", str | None)
t(issubclass, bool, int); t(issubclass, int, int); t(issubclass, int, object); t(issubclass, int, (str,)); t(issubclass, type, object); t(issubclass, object, type)
t(issubclass, bool, int | str); t(isinstance, 1, ()); t(isinstance, 1, [int])
t(repr, "a'b"); t(repr, 'a"b'); t(repr, "a'\"b"); t(repr, b"\x00\xff'"); t(repr, 1.0); t(repr, [1, "a", None])
t(ascii, "ü€\U0001F600\x00"); t(ascii, ["é"]); t(ascii, b"\xff"); t(ascii, 1)
t(format, 255, "x"); t(format, 1.5); t(format, "s", "^5"); t(format, [1], ""); t(format, [1], "x"); t(format, None, "")
t(format, object(), "s"); t(format, 1+2j, ".1f"); t(format, True, "d"); t(format, True, ""); t(format, True, "^6")


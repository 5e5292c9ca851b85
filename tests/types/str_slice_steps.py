# slicing str with any start/stop/step, negative and huge bounds, on ASCII and unicode strings
for s in ('', 'abcdefghij', 'aé日😀bç', 'x'):
    for st in (None, 1, 2, 3, -1, -2, -3, 7, 100):
        for a in (None, 0, 1, -1, -4, 3, 50, -50):
            print(s[a::st], s[:a:st], s[a:-2:st], end=' | ')
        print()
print('hello'[slice(1, 4)], 'hello'[slice(None, None, -2)], 'abc'[2**70:], 'abc'[-2**70:], 'abc'[::2**70], 'abc'[::-2**70])
for bad in (lambda: 'abc'[::0], lambda: 'abc'[1.0:], lambda: 'abc'[str(1)], lambda: 'abc'[3], lambda: 'abc'[-4], lambda: ''[0]):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print('abc'[-3], 'é日'[-1], 'é日'[1:], 'é日😀'[::-1], len('é日😀'))

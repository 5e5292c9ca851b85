# random.seed: the same seed gives the same sequence, for every seed type
import random

def run():
    return [random.random(), random.getrandbits(70), random.randrange(1000), random.randint(-5, 5)]

for s in [0, 1, 42, -42, 2**64 + 1, 10**40, 'hello', b'hello', bytearray(b'xyz'), 1.5, True]:
    random.seed(s)
    a = run()
    random.seed(s)
    b = run()
    print(repr(s)[:20], a == b)
random.seed(42); a = run()
random.seed(-42); b = run()
print('abs', a == b)
random.seed(1); a = run()
random.seed(2); b = run()
print('different', a != b)
random.seed(2**64); a = run()
random.seed(2**64 + 2**63); b = run()
print('big different', a != b)
random.seed(None)
random.seed()
print(len(set(random.getrandbits(64) for _ in range(10))))
for bad in [[1], (1,), {}, object()]:
    try:
        random.seed(bad)
    except TypeError:
        print('TypeError')
# a float seed is its hash, a bool its int value
random.seed(5.0); a = run()
random.seed(5); b = run()
print('float', a == b)
random.seed(True); a = run()
random.seed(1); b = run()
print('bool', a == b)

# urandom: MicroPython's name for random; the 1.9.4 functions, and
# getrandbits beyond 32 bits (a documented limitation of MicroPython lifted)
import urandom
urandom.seed(1)
a = [urandom.getrandbits(30) for _ in range(5)]
urandom.seed(1)
print(a == [urandom.getrandbits(30) for _ in range(5)])
print(all(0 <= urandom.getrandbits(8) < 256 for _ in range(100)))
x = urandom.getrandbits(64)
print(type(x).__name__, 0 <= x < 2 ** 64)
print(0 <= urandom.randint(2 ** 128 - 1, 2 ** 128) - (2 ** 128 - 1) <= 1)
print(urandom.randrange(3, 4), urandom.choice([5]), 0 <= urandom.random() < 1, 1 <= urandom.uniform(1, 2) <= 2)

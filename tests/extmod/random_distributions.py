# random.gauss, normalvariate, expovariate, triangular: ranges and moments
import random

random.seed(2024)
def stats(xs):
    m = sum(xs) / len(xs)
    v = sum((x - m) ** 2 for x in xs) / len(xs)
    return m, v

m, v = stats([random.gauss(10, 2) for _ in range(10000)])
print(9.9 < m < 10.1, 3.7 < v < 4.3)
m, v = stats([random.normalvariate(-1, 0.5) for _ in range(10000)])
print(-1.05 < m < -0.95, 0.22 < v < 0.28)
m, v = stats([random.gauss() for _ in range(10000)])
print(-0.05 < m < 0.05, 0.93 < v < 1.07)
e = [random.expovariate(2) for _ in range(10000)]
print(0.47 < sum(e) / len(e) < 0.53, min(e) >= 0)
e = [random.expovariate(1.0) for _ in range(5000)]
print(0.93 < sum(e) / len(e) < 1.07)
t = [random.triangular(1, 3) for _ in range(10000)]
print(1 <= min(t), max(t) <= 3, 1.95 < sum(t) / len(t) < 2.05)
t = [random.triangular(0, 10, 10) for _ in range(2000)]
print(all(0 <= x <= 10 for x in t), 6.4 < sum(t) / len(t) < 6.9)
t = [random.triangular() for _ in range(1000)]
print(all(0 <= x <= 1 for x in t))
print(random.triangular(2, 2), random.triangular(2, 2, 2))
print(type(random.normalvariate()).__name__, type(random.gauss(1, 0)).__name__, random.gauss(5, 0))
try:
    random.expovariate(0)
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    random.gauss('a')
except TypeError:
    print('TypeError')

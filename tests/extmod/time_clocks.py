# time.time, time_ns, monotonic, perf_counter and their _ns forms
import time

t = time.time()
ns = time.time_ns()
print(type(ns).__name__, ns > 1700000000 * 10**9)
print(abs(ns / 1e9 - t) < 5)
print(t > 1700000000)
m1 = time.monotonic()
m1n = time.monotonic_ns()
p1 = time.perf_counter()
p1n = time.perf_counter_ns()
x = 0
for i in range(20000):
    x += i
m2 = time.monotonic()
m2n = time.monotonic_ns()
p2 = time.perf_counter()
p2n = time.perf_counter_ns()
print(type(m1).__name__, type(m1n).__name__, type(p1).__name__, type(p1n).__name__)
print(m2 >= m1, m2n >= m1n, p2 >= p1, p2n >= p1n)
print(0 <= m2 - m1 < 5, 0 <= (p2n - p1n) / 1e9 < 5)
prev = time.monotonic_ns()
ok = True
for _ in range(1000):
    cur = time.monotonic_ns()
    ok = ok and cur >= prev
    prev = cur
print(ok)
print(abs(time.time_ns() - time.time_ns()) < 10**9)

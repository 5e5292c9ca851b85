# utime ticks_*: values in [0, TICKS_PERIOD), a power of two shared by all
# counters; ticks_add/ticks_diff modular arithmetic, checked at the wrap point
import utime as time

MAX = time.ticks_add(0, -1)
PERIOD = MAX + 1
print(PERIOD & MAX == 0, PERIOD >= 2 ** 22)
HALF = PERIOD // 2
for f in [time.ticks_ms, time.ticks_us, time.ticks_cpu]:
    v = f()
    print(type(v).__name__, 0 <= v <= MAX)
print(time.ticks_add(MAX, 1), time.ticks_add(0, PERIOD), time.ticks_add(5, -PERIOD - 1) == 4)
print(time.ticks_add(MAX, 10), time.ticks_add(3, -5) == MAX - 1)
print(time.ticks_add(1, 2 ** 100) == 1, time.ticks_add(1, -2 ** 100 + 2) == 3)
print(time.ticks_diff(5, 3), time.ticks_diff(3, 5))
print(time.ticks_diff(0, MAX), time.ticks_diff(MAX, 0))
print(time.ticks_diff(time.ticks_add(MAX, 5), MAX - 2))
print(time.ticks_diff(HALF - 1, 0) == HALF - 1, time.ticks_diff(HALF, 0) == -HALF)
print(time.ticks_diff(0, HALF) == -HALF, time.ticks_diff(0, HALF + 1) == HALF - 1)
ok = True
for start in [0, 1, HALF - 1, HALF, MAX - 100, MAX]:
    for delta in [0, 1, 2, 99, 1000, HALF - 1, -1, -1000, -HALF]:
        later = time.ticks_add(start, delta)
        ok = ok and 0 <= later <= MAX and time.ticks_diff(later, start) == delta
        ok = ok and time.ticks_diff(start, later) == (-delta if delta != -HALF else -HALF)
print(ok)
# the counters advance
t0 = time.ticks_ms()
u0 = time.ticks_us()
time.sleep_ms(30)
d_ms = time.ticks_diff(time.ticks_ms(), t0)
d_us = time.ticks_diff(time.ticks_us(), u0)
print(25 <= d_ms < 1000, 25000 <= d_us < 1000000)
u0 = time.ticks_us()
time.sleep_us(2000)
print(1500 <= time.ticks_diff(time.ticks_us(), u0) < 1000000)
c0 = time.ticks_cpu()
time.sleep_ms(1)
print(time.ticks_diff(time.ticks_cpu(), c0) > 0)
# negative delays do not sleep
t0 = time.ticks_ms()
time.sleep_ms(-5)
time.sleep_us(-5)
time.sleep_ms(0)
print(time.ticks_diff(time.ticks_ms(), t0) < 20)
# deadline idiom from the documentation
deadline = time.ticks_add(time.ticks_ms(), 20)
n = 0
while time.ticks_diff(deadline, time.ticks_ms()) > 0:
    n += 1
print(n > 0, time.ticks_diff(deadline, time.ticks_ms()) <= 0)
for bad in [1.5, 'x', None]:
    try:
        time.ticks_diff(bad, 0)
    except TypeError:
        print('TypeError')

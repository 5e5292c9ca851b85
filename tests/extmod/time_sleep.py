# time.sleep with ints and floats; bad values
import time

t0 = time.monotonic()
time.sleep(0)
time.sleep(0.0)
time.sleep(0.02)
time.sleep(False)
dt = time.monotonic() - t0
print(0.015 < dt < 1.0)
t0 = time.perf_counter()
for _ in range(5):
    time.sleep(0.002)
print(0.009 < time.perf_counter() - t0 < 1.0)
print(time.sleep(0))
for bad in [-1, -0.001, float('nan')]:
    try:
        time.sleep(bad)
        print('no error')
    except ValueError:
        print('ValueError')
for bad in ['1', None, [1], 1j]:
    try:
        time.sleep(bad)
        print('no error')
    except TypeError:
        print('TypeError')
for huge in [10**30, -10**30, 1e300, -1e300, float('inf'), float('-inf')]:
    try:
        time.sleep(huge)
        print('no error')
    except OverflowError:
        print('OverflowError')

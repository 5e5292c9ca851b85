# time.gmtime: the first 8 fields (year, month, mday, hour, minute, second,
# weekday with Monday 0, yearday) are the same as CPython's struct_time
import time

print(time.gmtime(0)[:8])
for t in [1, 59, 60, 3599, 3600, 86399, 86400, 86400 * 365, 68169600, 951782400, 951868800,
          978307199, 978307200, 1234567890, 1700000000, 2**31 - 1, 2**31, 4102444800,
          253402300799, 32503680000]:
    print(t, time.gmtime(t)[:8])
for t in [-1, -59, -86400, -86401, -31536000, -2208988800, -62135596800]:
    print(t, time.gmtime(t)[:8])
# floats are floored
for t in [0.5, 1.999, -0.5, -1.5, 1e9 + 0.9]:
    print(t, time.gmtime(t)[:8])
# every day of 2024 (leap year) and 2100 (not leap)
for year_start in [1704067200, 4102444800]:
    prev = None
    ok = True
    for d in range(366):
        g = time.gmtime(year_start + d * 86400 + 43200)
        if prev is not None:
            ok = ok and (g[6] - prev[6]) % 7 == 1
        prev = g
    print(ok, prev[:3], prev[7])
print(len(time.gmtime()) >= 8, time.gmtime()[0] >= 2024)
print(time.gmtime(None)[0] >= 2024)

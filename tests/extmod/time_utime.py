# MicroPython names: utime is time; localtime/gmtime give 8-tuples; mktime
# takes an 8-tuple and returns an int; time() is an int on this port
import utime
import time
print(utime.ticks_ms is time.ticks_ms, utime.sleep is time.sleep)
t = utime.gmtime(0)
print(type(t).__name__, len(t), t)
print(utime.gmtime(1234567890))
lt = utime.localtime(1234567890)
print(type(lt).__name__, len(lt))
print(utime.mktime(lt), type(utime.mktime(lt)).__name__)
print(utime.mktime(utime.localtime(0)))
print(type(utime.time()).__name__)
print(utime.time() > 1700000000)
print(len(utime.localtime()), utime.localtime()[0] >= 2024)
for name in ['sleep', 'sleep_ms', 'sleep_us', 'ticks_ms', 'ticks_us', 'ticks_cpu', 'ticks_add', 'ticks_diff',
             'time', 'time_ns', 'localtime', 'gmtime', 'mktime']:
    print(name, hasattr(utime, name))

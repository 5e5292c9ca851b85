# time: errors for the seconds arguments of gmtime/localtime/sleep (types,
# NaN, overflow, negative), and strftime with negative and large years
import time

for f, args in [(time.gmtime, [float('nan'), float('inf'), 2 ** 70, -2 ** 70, 'x', 1e19]),
                (time.localtime, [float('nan'), 2 ** 70, 'x']),
                (time.sleep, [-1, -1.5, float('nan'), 2 ** 70, 'x', None, 10 ** 17])]:
    for a in args:
        try:
            f(a)
        except Exception as e:
            print(type(e).__name__, e)
print(time.gmtime(1.5)[:6], time.gmtime(-1.5)[:6], time.gmtime(10 ** 12)[:6])
time.sleep(0)
time.sleep(0.001)
for t in [(-5, 1, 1, 0, 0, 0, 0, 1, 0), (-150, 3, 9, 5, 7, 9, 2, 70, 0), (12345, 12, 31, 23, 59, 61, 6, 366, 0)]:
    print(time.strftime('%Y|%C|%y|%d|%e|%H|%I|%j|%m|%M|%S|%u|%U|%w|%W|%c|%x|%X|%D|%F|%R|%T|%p|%%|%q', t))

// unix_time.c: the host side of utime and urandom (declared in py/mphal.h):
// monotonic and wall clocks, sleeping that stays responsive to Ctrl-C,
// the local-time offset from the C library, and an entropy seed.
#include <errno.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/random.h>
#include "runtime.h"
#include "mphal.h"

static uint64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t mp_hal_monotonic_ns(void) {
    return clock_ns(CLOCK_MONOTONIC);
}

uint64_t mp_hal_ticks_ms(void) {
    return mp_hal_monotonic_ns() / 1000000u;
}

uint64_t mp_hal_ticks_us(void) {
    return mp_hal_monotonic_ns() / 1000u;
}

uint64_t mp_hal_ticks_cpu(void) {
    return mp_hal_monotonic_ns();
}

int64_t mp_hal_time_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

long mp_hal_time_local_offset(int64_t utc_secs) {
    time_t t = (time_t)utc_secs;
    struct tm tm;
    if ((int64_t)t != utc_secs || localtime_r(&t, &tm) == NULL) {
        return 0;  // outside what the C library handles: treat as UTC
    }
    return tm.tm_gmtoff;
}

// Sleep until an absolute monotonic deadline, so that interruptions by
// signals do not stretch the total; a signal (SIGINT sets the pending
// KeyboardInterrupt) runs mp_handle_pending, which raises it.
void mp_hal_delay_us(uint64_t us) {
    if (us == 0) {
        // sleep(0) / sleep_ms(0) still give pending events (Ctrl-C,
        // micropython.schedule callbacks) their chance, as on MicroPython.
        mp_handle_pending();
        return;
    }
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    uint64_t ns = (uint64_t)now.tv_nsec + (us % 1000000u) * 1000u;
    struct timespec deadline;
    deadline.tv_sec = now.tv_sec + (time_t)(us / 1000000u) + (time_t)(ns / 1000000000u);
    deadline.tv_nsec = (long)(ns % 1000000000u);
    for (;;) {
        int r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        if (r == 0) {
            break;
        }
        if (r == EINTR) {
            mp_handle_pending();
            continue;
        }
        break;  // EINVAL (deadline out of range): give up quietly
    }
    // An interrupt that arrived just as the sleep ended is raised now.
    mp_handle_pending();
}

void mp_hal_delay_ms(uint64_t ms) {
    mp_hal_delay_us(ms * 1000u);
}

uint64_t mp_hal_random_seed(void) {
    uint64_t v = 0;
    if (getentropy(&v, sizeof(v)) == 0) {
        return v;
    }
    int fd = open("/dev/urandom", O_RDONLY);
    if (fd >= 0) {
        ssize_t n = read(fd, &v, sizeof(v));
        close(fd);
        if (n == (ssize_t)sizeof(v)) {
            return v;
        }
    }
    // Last resort: clocks, process id and a stack address.
    static uint64_t counter;
    int local;
    return clock_ns(CLOCK_REALTIME) ^ (clock_ns(CLOCK_MONOTONIC) << 17) ^ ((uint64_t)getpid() << 40)
           ^ (uint64_t)(uintptr_t)&local ^ (++counter * 0x9e3779b97f4a7c15ULL);
}

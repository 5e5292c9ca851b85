// modtime.c: the utime module (importable as time). Calendar conversion
// (gmtime, localtime, mktime) with MicroPython's 8-tuples, strftime/
// asctime/ctime in the C locale, sleeping, the
// wrapping ticks_* counters, and the CPython clocks time(), time_ns(),
// monotonic(), perf_counter() and their _ns forms. The host parts (clocks,
// sleep, local-time offset) come from py/mphal.h.
//
// The Unix port's epoch is 1970-01-01 00:00 UTC. time() returns an int
// (seconds), as MicroPython's integer time; time_ns() gives the precision.
#include <math.h>
#include "runtime.h"
#include "objmodule.h"
#include "objint.h"
#include "mphal.h"

#define TIME_FUN(obj, name, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, MP_QSTR_##name, .fun.field = f}

// ticks_* values live in [0, TICKS_PERIOD), a power of two (as MicroPython's
// small-int ticks); ticks_diff is signed in [-TICKS_PERIOD/2, TICKS_PERIOD/2).
#define TICKS_PERIOD ((mp_int_t)1 << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

// ---------------------------------------------------------------------------
// Calendar arithmetic on the proleptic Gregorian calendar, exact for any
// int64 day count: dates are counted in 400-year eras of 146097 days, with
// years starting on March 1 so that the leap day is the last of the year.

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Days since 1970-01-01 of year y, month m (1..12), day d (any value:
// out-of-range days simply count on).
static int64_t days_from_date(int64_t y, int64_t m, int64_t d) {
    if (m <= 2) {
        y -= 1;
    }
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;                 // 0..399
    int64_t mar = (m + 9) % 12;                  // March = 0
    int64_t doy = (153 * mar + 2) / 5 + d - 1;   // day of the March-based year
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;          // 719468: 0000-03-01 .. 1970-01-01
}

static void date_from_days(int64_t days, int64_t *year, int *month, int *mday) {
    days += 719468;
    int64_t era = floor_div(days, 146097);
    int64_t doe = days - era * 146097;                                  // 0..146096
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // 0..399
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mar = (5 * doy + 2) / 153;
    *mday = (int)(doy - (153 * mar + 2) / 5 + 1);
    *month = (int)(mar < 10 ? mar + 3 : mar - 9);
    *year = yoe + era * 400 + (*month <= 2);
}

// Seconds since the epoch -> (year, month, mday, hour, minute, second,
// weekday (Monday 0), yearday (1..366)).
static mp_obj_t make_time_tuple(int64_t secs) {
    int64_t days = floor_div(secs, 86400);
    int64_t rem = secs - days * 86400;
    int64_t year;
    int month, mday;
    date_from_days(days, &year, &month, &mday);
    mp_obj_t items[8] = {
        mp_obj_new_int(year),
        MP_OBJ_NEW_SMALL_INT(month),
        MP_OBJ_NEW_SMALL_INT(mday),
        MP_OBJ_NEW_SMALL_INT(rem / 3600),
        MP_OBJ_NEW_SMALL_INT(rem / 60 % 60),
        MP_OBJ_NEW_SMALL_INT(rem % 60),
        MP_OBJ_NEW_SMALL_INT((days % 7 + 7 + 3) % 7),  // 1970-01-01 was a Thursday
        MP_OBJ_NEW_SMALL_INT(days - days_from_date(year, 1, 1) + 1),
    };
    return mp_obj_new_tuple(8, items);
}

// Years up to about +-2**31 are representable; beyond that CPython fails too.
#define MAX_ABS_SECS ((int64_t)67767976233316800LL)

// A number of seconds: an int (returns true, value in *iv; OverflowError
// with msg beyond int64) or a float (false, *fv; not NaN).
static bool get_seconds(mp_obj_t o, mp_int_t *iv, double *fv, const char *msg) {
    if (mp_obj_is_float(o)) {
        *fv = mp_obj_float_value(o);
        if (isnan(*fv)) {
            mp_raise_ValueError("Invalid value NaN (not a number)");
        }
        return false;
    }
    if (!mp_obj_int_check(o)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(o));
    }
    if (!mp_obj_get_int_maybe(o, iv)) {
        mp_raise_msg(&mp_type_OverflowError, msg);
    }
    return true;
}

// The seconds argument of gmtime/localtime: None (now), int or float
// (floored, as CPython does).
static int64_t get_secs(size_t n_args, const mp_obj_t *args) {
    if (n_args == 0 || args[0] == mp_const_none) {
        return floor_div(mp_hal_time_ns(), 1000000000);
    }
    mp_int_t secs;
    double d;
    if (!get_seconds(args[0], &secs, &d, "timestamp out of range for platform time_t")) {
        d = floor(d);
        if (!(d > -9.2e18 && d < 9.2e18)) {
            mp_raise_msg(&mp_type_OverflowError, "timestamp out of range for platform time_t");
        }
        secs = (int64_t)d;
    }
    if (secs > MAX_ABS_SECS || secs < -MAX_ABS_SECS) {
        mp_raise_msg(&mp_type_OverflowError, "timestamp out of range for platform time_t");
    }
    return secs;
}

static mp_obj_t time_gmtime(size_t n_args, const mp_obj_t *args) {
    return make_time_tuple(get_secs(n_args, args));
}
TIME_FUN(time_gmtime_obj, gmtime, 0, 1, MP_FUN_KIND_VAR, var, time_gmtime);

static mp_obj_t time_localtime(size_t n_args, const mp_obj_t *args) {
    int64_t secs = get_secs(n_args, args);
    return make_time_tuple(secs + mp_hal_time_local_offset(secs));
}
TIME_FUN(time_localtime_obj, localtime, 0, 1, MP_FUN_KIND_VAR, var, time_localtime);

// Fields [0, n) of a time tuple as C ints (mktime and get_tm).
static void get_c_ints(const mp_obj_t *items, int n, int64_t *f) {
    for (int i = 0; i < n; i++) {
        if (!mp_obj_int_check(items[i])) {
            mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(items[i]));
        }
        mp_int_t v;
        if (!mp_obj_get_int_maybe(items[i], &v) || v > 0x7fffffff || v < -0x7fffffffLL - 1) {
            mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C int");
        }
        f[i] = v;
    }
}

// mktime(tuple): inverse of localtime. Takes MicroPython's 8-tuple or
// CPython's 9-tuple (weekday, yearday and isdst are ignored); out-of-range
// fields are normalised (month 13 is January of the next year ...).
static mp_obj_t time_mktime(mp_obj_t tuple) {
    size_t n;
    mp_obj_t *items;
    if (!mp_obj_is_type(tuple, &mp_type_tuple) && !mp_obj_is_type(tuple, &mp_type_list)) {
        mp_raise_TypeError("Tuple or struct_time argument required");
    }
    mp_obj_get_array(tuple, &n, &items);
    if (n < 6 || n > 9) {
        mp_raise_TypeError("mktime(): illegal time tuple argument");
    }
    int64_t f[6];
    get_c_ints(items, 6, f);
    int64_t m0 = f[1] - 1;
    int64_t year = f[0] + floor_div(m0, 12);
    int64_t month = m0 - floor_div(m0, 12) * 12 + 1;
    int64_t local = days_from_date(year, month, f[2]) * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    // Local -> UTC: the offset depends on the instant itself, so refine once
    // (enough across a DST change).
    int64_t utc = local - mp_hal_time_local_offset(local);
    utc = local - mp_hal_time_local_offset(utc);
    return mp_obj_new_int(utc);
}
TIME_FUN(time_mktime_obj, mktime, 1, 1, MP_FUN_KIND_1, _1, time_mktime);

// ---------------------------------------------------------------------------
// Text: strftime, asctime, ctime (C locale), from an 8- or 9-tuple.

// (fixed-size arrays: smaller than pointers to the strings)
static const char day_names[7][10] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
static const char month_names[12][10] = {"January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December"};

// Fields of a time tuple (None: localtime now), checked like CPython.
static void get_tm(mp_obj_t t, int64_t f[8]) {
    if (t == MP_OBJ_NULL || t == mp_const_none) {
        int64_t secs = floor_div(mp_hal_time_ns(), 1000000000);
        t = make_time_tuple(secs + mp_hal_time_local_offset(secs));
    }
    if (!mp_obj_is_type(t, &mp_type_tuple) && !mp_obj_is_type(t, &mp_type_list)) {
        mp_raise_TypeError("Tuple or struct_time argument required");
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_get_array(t, &n, &items);
    if (n < 8 || n > 9) {
        mp_raise_msg_varg(&mp_type_TypeError, "time tuple must have 9 items, not %d", (int)n);
    }
    get_c_ints(items, 8, f);
    // 0 stands for "unknown" in month, day and yearday, as in CPython.
    for (int i = 1; i <= 2; i++) {
        if (f[i] == 0) {
            f[i] = 1;
        }
    }
    if (f[7] == 0) {
        f[7] = 1;
    }
    if (f[1] < 1 || f[1] > 12) {
        mp_raise_ValueError("month out of range");
    }
    if (f[2] < 1 || f[2] > 31) {
        mp_raise_ValueError("day of month out of range");
    }
    if (f[3] < 0 || f[3] > 23) {
        mp_raise_ValueError("hour out of range");
    }
    if (f[4] < 0 || f[4] > 59) {
        mp_raise_ValueError("minute out of range");
    }
    if (f[5] < 0 || f[5] > 61) {
        mp_raise_ValueError("seconds out of range");
    }
    f[6] = (f[6] % 7 + 7) % 7;  // CPython takes the weekday modulo 7
    if (f[7] < 1 || f[7] > 366) {
        mp_raise_ValueError("day of year out of range");
    }
}

// Directives that expand to other formats.
static const char compound_dirs[] = "cDFRTXx";
static const char *const compound_fmts[] = {
    "%a %b %e %H:%M:%S %Y", "%m/%d/%y", "%Y-%m-%d", "%H:%M", "%H:%M:%S", "%H:%M:%S", "%m/%d/%y",
};
// Numeric directives: their width (low bits) and space padding (0x10);
// the values are computed in the same order in format_tm. Tables rather
// than a switch: the switch compiled to a large jump table.
static const char num_dirs[] = "CdeHIjmMSuUwWyY";
static const uint8_t num_fmt[] = {2, 2, 0x12, 2, 2, 3, 2, 2, 2, 1, 2, 1, 2, 2, 1};

static void format_tm(vstr_t *out, const char *fmt, size_t len, const int64_t f[8]) {
    int64_t wday_sun = (f[6] + 1) % 7;  // Sunday 0
    int64_t yday0 = f[7] - 1;
    const int64_t nums[] = {
        floor_div(f[0], 100), f[2], f[2], f[3], (f[3] + 11) % 12 + 1, f[7], f[1], f[4], f[5],
        f[6] + 1, (yday0 + 7 - wday_sun) / 7, wday_sun, (yday0 + 7 - f[6]) / 7, (f[0] % 100 + 100) % 100, f[0],
    };
    for (size_t i = 0; i < len; i++) {
        char c = fmt[i];
        if (c != '%' || i + 1 == len) {
            vstr_add_byte(out, (byte)c);
            continue;
        }
        c = fmt[++i];
        const char *p;
        if (c != 0 && (p = strchr(num_dirs, c)) != NULL) {
            uint8_t nf = num_fmt[p - num_dirs];
            vstr_printf(out, nf & 0x10 ? "%*lld" : "%0*lld", nf & 0xf, (long long)nums[p - num_dirs]);
        } else if (c != 0 && (p = strchr(compound_dirs, c)) != NULL) {
            const char *sub = compound_fmts[p - compound_dirs];
            format_tm(out, sub, strlen(sub), f);
        } else if (c == 'a' || c == 'A') {
            vstr_add_strn(out, day_names[f[6]], c == 'a' ? 3 : strlen(day_names[f[6]]));
        } else if (c == 'b' || c == 'h' || c == 'B') {
            const char *m = month_names[f[1] - 1];
            vstr_add_strn(out, m, c == 'B' ? strlen(m) : 3);
        } else if (c == 'n') {
            vstr_add_byte(out, '\n');
        } else if (c == 't') {
            vstr_add_byte(out, '\t');
        } else if (c == 'p') {
            vstr_add_str(out, f[3] < 12 ? "AM" : "PM");
        } else {
            // %% gives '%'; unknown directives are copied as they are.
            vstr_add_byte(out, '%');
            if (c != '%') {
                vstr_add_byte(out, (byte)c);
            }
        }
    }
}

static mp_obj_t time_strftime(size_t n_args, const mp_obj_t *args) {
    size_t len;
    if (!mp_obj_is_str(args[0])) {
        mp_raise_msg_varg(&mp_type_TypeError, "strftime() argument 1 must be str, not %s", mp_obj_get_type_str(args[0]));
    }
    const char *fmt = mp_obj_str_get_data(args[0], &len);
    int64_t f[8];
    get_tm(n_args > 1 ? args[1] : MP_OBJ_NULL, f);
    vstr_t out;
    vstr_init(&out, len + 16);
    format_tm(&out, fmt, len, f);
    return mp_obj_new_str_from_vstr(&out);
}
TIME_FUN(time_strftime_obj, strftime, 1, 2, MP_FUN_KIND_VAR, var, time_strftime);

static mp_obj_t asctime_of(mp_obj_t t) {
    int64_t f[8];
    get_tm(t, f);
    vstr_t out;
    vstr_init(&out, 32);
    format_tm(&out, "%a %b %e %H:%M:%S %Y", 20, f);
    return mp_obj_new_str_from_vstr(&out);
}

static mp_obj_t time_asctime(size_t n_args, const mp_obj_t *args) {
    return asctime_of(n_args > 0 ? args[0] : MP_OBJ_NULL);
}
TIME_FUN(time_asctime_obj, asctime, 0, 1, MP_FUN_KIND_VAR, var, time_asctime);

static mp_obj_t time_ctime(size_t n_args, const mp_obj_t *args) {
    return asctime_of(time_localtime(n_args, args));
}
TIME_FUN(time_ctime_obj, ctime, 0, 1, MP_FUN_KIND_VAR, var, time_ctime);

// ---------------------------------------------------------------------------
// Clocks

// A float, as on MicroPython's Unix port and in CPython (sub-second precision).
static mp_obj_t time_time(void) {
    return mp_obj_new_float((double)mp_hal_time_ns() / 1e9);
}
TIME_FUN(time_time_obj, time, 0, 0, MP_FUN_KIND_0, _0, time_time);

static mp_obj_t time_time_ns(void) {
    return mp_obj_new_int_from_ll(mp_hal_time_ns());
}
TIME_FUN(time_time_ns_obj, time_ns, 0, 0, MP_FUN_KIND_0, _0, time_time_ns);

static mp_obj_t time_monotonic(void) {
    return mp_obj_new_float((double)mp_hal_monotonic_ns() / 1e9);
}
TIME_FUN(time_monotonic_obj, monotonic, 0, 0, MP_FUN_KIND_0, _0, time_monotonic);
TIME_FUN(time_perf_counter_obj, perf_counter, 0, 0, MP_FUN_KIND_0, _0, time_monotonic);

static mp_obj_t time_monotonic_ns(void) {
    return mp_obj_new_int_from_ull(mp_hal_monotonic_ns());
}
TIME_FUN(time_monotonic_ns_obj, monotonic_ns, 0, 0, MP_FUN_KIND_0, _0, time_monotonic_ns);
TIME_FUN(time_perf_counter_ns_obj, perf_counter_ns, 0, 0, MP_FUN_KIND_0, _0, time_monotonic_ns);

// ---------------------------------------------------------------------------
// Sleeping

// sleep(seconds): int or float, like CPython: the value is converted
// first (too large, of either sign: OverflowError), then a negative one is
// a ValueError.
static mp_obj_t time_sleep(mp_obj_t secs_in) {
    static const char too_large[] = "timestamp too large to convert to C _PyTime_t";
    mp_int_t v;
    double s;
    bool is_int = get_seconds(secs_in, &v, &s, too_large);
    if (is_int ? (v > 9200000000LL || v < -9200000000LL) : !(fabs(s) < 9.2e9)) {
        mp_raise_msg(&mp_type_OverflowError, too_large);
    }
    if (is_int ? v < 0 : s < 0) {
        mp_raise_ValueError("sleep length must be non-negative");
    }
    mp_hal_delay_us(is_int ? (uint64_t)v * 1000000u : (uint64_t)(s * 1e6 + 0.5));
    return mp_const_none;
}
TIME_FUN(time_sleep_obj, sleep, 1, 1, MP_FUN_KIND_1, _1, time_sleep);

// sleep_ms / sleep_us: ints; a negative delay (a deadline already passed,
// e.g. from ticks_diff) does not sleep at all, as in MicroPython.
static uint64_t get_delay(mp_obj_t o, uint64_t limit) {
    if (!mp_obj_int_check(o)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(o));
    }
    if (mp_obj_int_sign(o) <= 0) {
        return 0;
    }
    mp_int_t v;
    if (!mp_obj_get_int_maybe(o, &v) || (uint64_t)v > limit) {
        mp_raise_msg(&mp_type_OverflowError, "sleep length is too large");
    }
    return (uint64_t)v;
}

static mp_obj_t time_sleep_ms(mp_obj_t ms) {
    mp_hal_delay_ms(get_delay(ms, 9000000000000000ULL));
    return mp_const_none;
}
TIME_FUN(time_sleep_ms_obj, sleep_ms, 1, 1, MP_FUN_KIND_1, _1, time_sleep_ms);

static mp_obj_t time_sleep_us(mp_obj_t us) {
    mp_hal_delay_us(get_delay(us, 9000000000000000000ULL));
    return mp_const_none;
}
TIME_FUN(time_sleep_us_obj, sleep_us, 1, 1, MP_FUN_KIND_1, _1, time_sleep_us);

// ---------------------------------------------------------------------------
// Wrapping tick counters

static mp_obj_t time_ticks_ms(void) {
    return MP_OBJ_NEW_SMALL_INT(mp_hal_ticks_ms() & TICKS_MASK);
}
TIME_FUN(time_ticks_ms_obj, ticks_ms, 0, 0, MP_FUN_KIND_0, _0, time_ticks_ms);

static mp_obj_t time_ticks_us(void) {
    return MP_OBJ_NEW_SMALL_INT(mp_hal_ticks_us() & TICKS_MASK);
}
TIME_FUN(time_ticks_us_obj, ticks_us, 0, 0, MP_FUN_KIND_0, _0, time_ticks_us);

static mp_obj_t time_ticks_cpu(void) {
    return MP_OBJ_NEW_SMALL_INT(mp_hal_ticks_cpu() & TICKS_MASK);
}
TIME_FUN(time_ticks_cpu_obj, ticks_cpu, 0, 0, MP_FUN_KIND_0, _0, time_ticks_cpu);

// Any int modulo TICKS_PERIOD (big ints and negatives included).
static mp_int_t ticks_arg(mp_obj_t o) {
    if (mp_obj_is_small_int(o)) {
        return mp_small_int_value(o) & TICKS_MASK;
    }
    if (!mp_obj_int_check(o)) {
        mp_raise_msg_varg(&mp_type_TypeError, "can't convert %s to int", mp_obj_get_type_str(o));
    }
    mp_obj_t low = mp_binary_op(MP_BINARY_OP_AND, mp_obj_int_normalise(o), MP_OBJ_NEW_SMALL_INT(TICKS_MASK));
    return mp_small_int_value(low);
}

static mp_obj_t time_ticks_add(mp_obj_t ticks, mp_obj_t delta) {
    return MP_OBJ_NEW_SMALL_INT((ticks_arg(ticks) + ticks_arg(delta)) & TICKS_MASK);
}
TIME_FUN(time_ticks_add_obj, ticks_add, 2, 2, MP_FUN_KIND_2, _2, time_ticks_add);

static mp_obj_t time_ticks_diff(mp_obj_t end, mp_obj_t start) {
    mp_int_t d = ((ticks_arg(end) - ticks_arg(start) + TICKS_HALF) & TICKS_MASK) - TICKS_HALF;
    return MP_OBJ_NEW_SMALL_INT(d);
}
TIME_FUN(time_ticks_diff_obj, ticks_diff, 2, 2, MP_FUN_KIND_2, _2, time_ticks_diff);

static const mp_rom_map_elem_t time_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_utime)},
    {MP_ROM_QSTR(MP_QSTR_gmtime), MP_ROM_PTR(&time_gmtime_obj)},
    {MP_ROM_QSTR(MP_QSTR_localtime), MP_ROM_PTR(&time_localtime_obj)},
    {MP_ROM_QSTR(MP_QSTR_mktime), MP_ROM_PTR(&time_mktime_obj)},
    {MP_ROM_QSTR(MP_QSTR_strftime), MP_ROM_PTR(&time_strftime_obj)},
    {MP_ROM_QSTR(MP_QSTR_asctime), MP_ROM_PTR(&time_asctime_obj)},
    {MP_ROM_QSTR(MP_QSTR_ctime), MP_ROM_PTR(&time_ctime_obj)},
    {MP_ROM_QSTR(MP_QSTR_time), MP_ROM_PTR(&time_time_obj)},
    {MP_ROM_QSTR(MP_QSTR_time_ns), MP_ROM_PTR(&time_time_ns_obj)},
    {MP_ROM_QSTR(MP_QSTR_monotonic), MP_ROM_PTR(&time_monotonic_obj)},
    {MP_ROM_QSTR(MP_QSTR_monotonic_ns), MP_ROM_PTR(&time_monotonic_ns_obj)},
    {MP_ROM_QSTR(MP_QSTR_perf_counter), MP_ROM_PTR(&time_perf_counter_obj)},
    {MP_ROM_QSTR(MP_QSTR_perf_counter_ns), MP_ROM_PTR(&time_perf_counter_ns_obj)},
    {MP_ROM_QSTR(MP_QSTR_sleep), MP_ROM_PTR(&time_sleep_obj)},
    {MP_ROM_QSTR(MP_QSTR_sleep_ms), MP_ROM_PTR(&time_sleep_ms_obj)},
    {MP_ROM_QSTR(MP_QSTR_sleep_us), MP_ROM_PTR(&time_sleep_us_obj)},
    {MP_ROM_QSTR(MP_QSTR_ticks_ms), MP_ROM_PTR(&time_ticks_ms_obj)},
    {MP_ROM_QSTR(MP_QSTR_ticks_us), MP_ROM_PTR(&time_ticks_us_obj)},
    {MP_ROM_QSTR(MP_QSTR_ticks_cpu), MP_ROM_PTR(&time_ticks_cpu_obj)},
    {MP_ROM_QSTR(MP_QSTR_ticks_add), MP_ROM_PTR(&time_ticks_add_obj)},
    {MP_ROM_QSTR(MP_QSTR_ticks_diff), MP_ROM_PTR(&time_ticks_diff_obj)},
};
static MP_DEFINE_CONST_DICT(time_globals, time_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_time, time_globals);

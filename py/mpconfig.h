// mpconfig.h: every tunable of the core in one place. Each default is
// #ifndef-guarded so a port can override it from its mpconfigport.h, which
// is included first (the port passes -DMP_CONFIGFILE or provides the file on
// the include path).
#ifndef MP_PY_MPCONFIG_H
#define MP_PY_MPCONFIG_H

#include "mpconfigport.h"

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

// Version reported by sys.version / sys.implementation and the REPL banner.
#define MICROPY_VERSION_MAJOR 1
#define MICROPY_VERSION_MINOR 9
#define MICROPY_VERSION_MICRO 4
#define MICROPY_VERSION_STRING "1.9.4"

// Default GC heap size in bytes when -X heapsize is not given. The unix port
// uses a generous heap (programs with hundreds of thousands of objects must
// run); collections are triggered by allocation volume long before it is
// full (gc.c), so untouched pages cost nothing. Bare-metal ports set their own.
#ifndef MICROPY_HEAP_SIZE_DEFAULT
#define MICROPY_HEAP_SIZE_DEFAULT (256 * 1024 * 1024)
#endif

// Set by ports whose heap memory arrives zeroed (calloc/mmap), so that the
// collector need not clear its tables (keeps start-up RSS small).
#ifndef MICROPY_GC_HEAP_ZEROED
#define MICROPY_GC_HEAP_ZEROED (0)
#endif

// Bytes of C stack the interpreter may use before raising
// RuntimeError("maximum recursion depth exceeded"). Leaves headroom below the
// real limit for the code that reports the error.
#ifndef MICROPY_STACK_LIMIT
#define MICROPY_STACK_LIMIT (6 * 1024 * 1024)
#endif

// Collect before every allocation: finds objects the collector cannot see.
// Enabled by `make gcstress`.
#ifndef MICROPY_GC_STRESS
#define MICROPY_GC_STRESS (0)
#endif

// Size of the bounded queue of micropython.schedule() callbacks.
#ifndef MICROPY_SCHEDULER_DEPTH
#define MICROPY_SCHEDULER_DEPTH (8)
#endif

// Platform name for sys.platform.
#ifndef MICROPY_PY_SYS_PLATFORM
#define MICROPY_PY_SYS_PLATFORM "linux"
#endif

// Name of the machine in the REPL banner.
#ifndef MICROPY_HW_BOARD_NAME
#define MICROPY_HW_BOARD_NAME "linux"
#endif

#ifndef MP_NORETURN
#define MP_NORETURN __attribute__((noreturn))
#endif
#ifndef MP_LIKELY
#define MP_LIKELY(x) __builtin_expect(!!(x), 1)
#define MP_UNLIKELY(x) __builtin_expect(!!(x), 0)
#endif
#ifndef MP_NOINLINE
#define MP_NOINLINE __attribute__((noinline))
#endif
// Inlined even where GCC, optimising for size, would rather call it.
#ifndef MP_ALWAYS_INLINE
#define MP_ALWAYS_INLINE inline __attribute__((always_inline))
#endif
// A rarely run function in a file compiled for speed: GCC optimises it for
// size and lays out the calls to it as unlikely.
#ifndef MP_COLD
#define MP_COLD __attribute__((cold))
#endif
#define MP_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

typedef unsigned char byte;
typedef int64_t mp_int_t;    // signed machine integer used by the core
typedef uint64_t mp_uint_t;  // unsigned machine integer

#endif

// modules.c: registers the Unix port's own built-in modules (os, ...)
// with the core's module table at start-up.
#include "runtime.h"
#include "unix_port.h"

void mp_unix_init(void) {
}

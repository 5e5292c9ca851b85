// bc.c: bytecode helpers shared by the VM and the compiler: decoding of the
// line-number table of a code object (format described in bc.h).
#include "bc.h"

size_t mp_code_line_for_offset(const mp_code_t *code, size_t bc_offset) {
    size_t line = code->first_line;
    size_t off = 0;
    const byte *p = code->line_info;
    const byte *end = p ? p + code->line_info_len : p;
    while (p + 2 <= end) {
        size_t next = off + p[0];
        if (next > bc_offset) {
            break;
        }
        off = next;
        line += (int8_t)p[1];
        p += 2;
    }
    return line;
}

// showbc.c: the bytecode disassembler (a debugging aid). Prints a code
// object's header, its instructions with decoded operands and line numbers,
// then recursively every nested code object found in its constants.
#include <string.h>
#include "bc.h"
#include "runtime.h"

// The opcode names and operand formats, each as one string of
// NUL-terminated items ("NAME\0NAME\0..."), much smaller than arrays of
// pointers; nth_item() walks to an item (speed does not matter here). bc.h's
// mp_bc_opcode_names/formats arrays are not defined: nothing else uses them.
static const char opcode_names[] =
#define X(name, fmt) #name "\0"
    MP_BC_OPCODES(X)
#undef X
;

static const char opcode_formats[] =
#define X(name, fmt) fmt "\0"
    MP_BC_OPCODES(X)
#undef X
;

static MP_NOINLINE const char *nth_item(const char *s, size_t n) {
    while (n--) {
        s += strlen(s) + 1;
    }
    return s;
}

static void print_const(const mp_print_t *print, mp_obj_t o) {
    if (mp_obj_is_obj(o) && mp_obj_get_type(o) == &mp_type_code) {
        const mp_code_t *c = MP_OBJ_TO_PTR(o);
        mp_printf(print, "<code %q>", c->name);
    } else {
        mp_obj_print_helper(print, o, PRINT_REPR);
    }
}

void mp_bc_print(const mp_print_t *print, const mp_code_t *code) {
    mp_printf(print, "code %q (file %q, line %u)\n", code->name, code->filename, (unsigned)code->first_line);
    mp_printf(print, "  flags=0x%x pos=%u posonly=%u kwonly=%u locals=%u free=%u cells=%u stack=%u blocks=%u len=%u\n",
        (unsigned)code->flags, (unsigned)code->n_pos_args, (unsigned)code->n_posonly_args,
        (unsigned)code->n_kwonly_args, (unsigned)code->n_locals, (unsigned)code->n_freevars,
        (unsigned)code->n_cells, (unsigned)code->n_stack, (unsigned)code->n_blocks,
        (unsigned)code->bytecode_len);
    if (code->n_locals) {
        mp_printf(print, "  locals:");
        for (size_t i = 0; i < code->n_locals; i++) {
            mp_printf(print, " %q", code->local_names[i]);
        }
        mp_printf(print, "\n");
    }
    if (code->n_cells) {
        mp_printf(print, "  cells:");
        for (size_t i = 0; i < code->n_cells; i++) {
            mp_printf(print, " %u", (unsigned)code->cell_slots[i]);
        }
        mp_printf(print, "\n");
    }
    const byte *start = code->bytecode;
    const byte *ip = start;
    const byte *end = start + code->bytecode_len;
    size_t last_line = 0;
    while (ip < end) {
        size_t off = ip - start;
        byte op = *ip++;
        size_t line = mp_code_line_for_offset(code, off);
        if (line != last_line) {
            mp_printf(print, "%5u ", (unsigned)line);
            last_line = line;
        } else {
            mp_printf(print, "      ");
        }
        if (op >= MP_BC_NUM_OPCODES) {
            mp_printf(print, "%4u  <bad opcode %u>\n", (unsigned)off, (unsigned)op);
            return;
        }
        mp_printf(print, "%4u  %s", (unsigned)off, nth_item(opcode_names, op));
        const char *fmt = nth_item(opcode_formats, op);
        // Jump targets are relative to the end of the whole instruction, so
        // decode all operands first.
        long long vals[4];
        int n = 0;
        int jump_idx = -1;
        for (const char *f = fmt; *f; f++) {
            switch (*f) {
                case 'U':
                case 'Q':
                    vals[n++] = (long long)mp_bc_read_uint(&ip);
                    break;
                case 'I':
                    vals[n++] = (long long)mp_bc_read_sint(&ip);
                    break;
                case 'B':
                    vals[n++] = *ip++;
                    break;
                case 'J':
                    jump_idx = n;
                    vals[n++] = mp_bc_read_jump(&ip);
                    break;
            }
        }
        size_t next_off = ip - start;
        int i = 0;
        for (const char *f = fmt; *f; f++, i++) {
            switch (*f) {
                case 'Q':
                    mp_printf(print, " %q", (qstr)vals[i]);
                    break;
                case 'J':
                    mp_printf(print, " ->%d", (int)((long long)next_off + vals[i]));
                    break;
                default:
                    mp_printf(print, " %lld", vals[i]);
                    break;
            }
        }
        (void)jump_idx;
        if ((op == MP_BC_LOAD_CONST || op == MP_BC_MAKE_FUNCTION || op == MP_BC_MAKE_CLOSURE)
            && vals[0] < (long long)code->n_consts) {
            mp_printf(print, "  (");
            print_const(print, code->consts[vals[0]]);
            mp_printf(print, ")");
        } else if ((op == MP_BC_LOAD_FAST || op == MP_BC_STORE_FAST || op == MP_BC_DELETE_FAST
                    || op == MP_BC_LOAD_DEREF || op == MP_BC_STORE_DEREF || op == MP_BC_DELETE_DEREF
                    || op == MP_BC_LOAD_CLOSURE || op == MP_BC_LOAD_CLASSDEREF)
                   && vals[0] < (long long)code->n_locals) {
            mp_printf(print, "  (%q)", code->local_names[vals[0]]);
        }
        mp_printf(print, "\n");
    }
    for (size_t i = 0; i < code->n_consts; i++) {
        mp_obj_t o = code->consts[i];
        if (mp_obj_is_obj(o) && mp_obj_get_type(o) == &mp_type_code) {
            mp_printf(print, "\n");
            mp_bc_print(print, MP_OBJ_TO_PTR(o));
        }
    }
}

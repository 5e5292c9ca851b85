// emitbc.h: the bytecode emitter used by the compiler. Appends instructions
// to a growable buffer, tracks the value-stack depth (for n_stack), resolves
// forward jumps through labels, and builds the line-number table (bc.h).
// Instructions emitted while the current position is unreachable (after a
// jump, return or raise, until the next label) are dropped.
#ifndef MP_PY_EMITBC_H
#define MP_PY_EMITBC_H

#include "bc.h"

typedef struct _emit_fixup_t {
    uint32_t pos;    // offset of the 16-bit operand
    uint32_t end;    // offset just after the instruction
    uint32_t label;
} emit_fixup_t;

typedef struct _emit_t {
    byte *code;
    size_t len, alloc;
    byte *lines;
    size_t lines_len, lines_alloc;
    size_t last_line_off, last_line, cur_line, first_line;
    mp_obj_t *consts;
    size_t n_consts, alloc_consts;
    int32_t *label_off;
    int32_t *label_depth;
    size_t n_labels, alloc_labels;
    emit_fixup_t *fixups;
    size_t n_fixups, alloc_fixups;
    int depth, max_depth;
    int extra;       // values that may lie below the tracked stack (finally handlers)
    bool unreachable;
    bool emitting;   // the last opcode was emitted (its operands must follow)
} emit_t;

void mp_emit_init(emit_t *e, size_t first_line);
size_t mp_emit_new_label(emit_t *e);
// Place a label here. The stack depth becomes the one recorded by jumps to
// it (if any); code after a label is reachable.
void mp_emit_label(emit_t *e, size_t label);
// Force the depth at a label (handler entry points, break targets).
void mp_emit_label_set_depth(emit_t *e, size_t label, int depth);
void mp_emit_set_line(emit_t *e, size_t line);
size_t mp_emit_add_const(emit_t *e, mp_obj_t o);

// Generic emission: opcode with a stack delta; operands follow with the
// helpers below (no-ops when unreachable).
bool mp_emit_op(emit_t *e, mp_bc_opcode_t op, int delta);
void mp_emit_uint(emit_t *e, size_t v);
void mp_emit_byte(emit_t *e, byte b);
void mp_emit_sint(emit_t *e, mp_int_t v);

// Common shapes.
void mp_emit_op0(emit_t *e, mp_bc_opcode_t op, int delta);
void mp_emit_op_u(emit_t *e, mp_bc_opcode_t op, size_t u, int delta);
void mp_emit_op_b(emit_t *e, mp_bc_opcode_t op, byte b, int delta);
// Jump instructions: delta is the effect on the fall-through path,
// target_delta the effect on the jump path (both relative to before).
void mp_emit_jump(emit_t *e, mp_bc_opcode_t op, size_t label, int delta, int target_delta);
void mp_emit_unwind_jump(emit_t *e, size_t label, size_t n_blocks);
void mp_emit_load_const_obj(emit_t *e, mp_obj_t o);

// Finish: resolves jumps (SyntaxError "code too large" on overflow via the
// callback), fills the code object's buffers.
typedef void (*mp_emit_error_fun_t)(void *ctx, const char *msg);
void mp_emit_finish(emit_t *e, mp_code_t *code, mp_emit_error_fun_t err, void *err_ctx);

#endif

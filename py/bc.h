// bc.h: the bytecode. The contract between the compiler (compile.c), which
// emits it, and the VM (vm.c), which runs it. The opcode list is given once
// (MP_BC_OPCODES) and every table (enum, names, operand formats) derives
// from it.
#ifndef MP_PY_BC_H
#define MP_PY_BC_H

#include "obj.h"

/*
 * Code objects
 * ------------
 * One per module, class body, function, lambda and comprehension. Local
 * slots are numbered: positional parameters (positional-only ones first),
 * keyword-only parameters, the *args slot (if MP_CODE_FLAG_VARARGS), the
 * **kwargs slot (if MP_CODE_FLAG_VARKW), then the other locals, then the
 * free variables (the last n_freevars slots, in the order of the cells
 * given to MAKE_CLOSURE). Slots listed in cell_slots hold cells created at
 * entry (a parameter that is a cell gets its argument moved into the cell).
 * LOAD_FAST/STORE_FAST access a plain slot; LOAD_DEREF/STORE_DEREF access
 * the content of the cell in a slot (own cell or free variable).
 *
 * Module and class bodies (MP_CODE_FLAG_MODULE / _CLASS_BODY) keep their
 * variables in dicts and use the *_NAME opcodes (locals dict, then globals,
 * then builtins); functions use *_FAST / *_DEREF / *_GLOBAL.
 */
#define MP_CODE_FLAG_VARARGS (0x0001)
#define MP_CODE_FLAG_VARKW (0x0002)
#define MP_CODE_FLAG_GENERATOR (0x0004)
#define MP_CODE_FLAG_COROUTINE (0x0008)   // async def
#define MP_CODE_FLAG_ASYNC_GENERATOR (0x0010)
#define MP_CODE_FLAG_MODULE (0x0020)
#define MP_CODE_FLAG_CLASS_BODY (0x0040)

typedef struct _mp_code_t {
    mp_obj_base_t base;        // &mp_type_code
    const byte *bytecode;
    size_t bytecode_len;
    const mp_obj_t *consts;    // big ints, floats, complex, str/bytes, tuples, nested code objects
    size_t n_consts;
    const byte *line_info;     // see "Line numbers" below
    size_t line_info_len;
    qstr name;                 // function name, <module>, <lambda>, <listcomp> ...
    qstr filename;
    uint32_t first_line;
    uint16_t n_pos_args;       // positional parameters (including positional-only)
    uint16_t n_posonly_args;   // how many of the first n_pos_args are positional-only
    uint16_t n_kwonly_args;
    uint16_t n_locals;         // all slots (parameters, locals, cells, free vars)
    uint16_t n_freevars;       // the last n_freevars slots are closure cells
    uint16_t n_cells;          // length of cell_slots
    uint16_t n_stack;          // maximum value-stack depth
    uint16_t n_blocks;         // maximum block-stack depth (try/except/finally/with)
    uint16_t flags;            // MP_CODE_FLAG_*
    const qstr *local_names;   // n_locals names, slot order (for keyword binding, errors, locals())
    const uint16_t *cell_slots;// n_cells slot numbers holding own cells
    mp_obj_t doc;              // function docstring (str) or MP_OBJ_NULL: for __doc__
} mp_code_t;

/*
 * Line numbers
 * ------------
 * line_info is a sequence of byte pairs (bc_delta: uint8, line_delta: int8).
 * Starting from offset 0 at first_line, each pair says: from bytecode
 * offset (previous + bc_delta) on, the line is (previous + line_delta).
 * Deltas that do not fit are split into several pairs (255,0) or (0,+-127).
 * mp_code_line_for_offset() decodes it.
 */
size_t mp_code_line_for_offset(const mp_code_t *code, size_t bc_offset);

/*
 * Instruction encoding
 * --------------------
 * One opcode byte, then operands, per the format string of the opcode:
 *   'U'  unsigned varint: 7 bits per byte, least-significant group first,
 *        high bit set on every byte but the last.
 *   'Q'  a qstr number, encoded as 'U'.
 *   'I'  signed integer: zigzag ((n << 1) ^ (n >> 63)) then as 'U'.
 *   'B'  one byte.
 *   'J'  jump: signed 16-bit little-endian offset relative to the address
 *        just after the whole instruction (all operands). The compiler
 *        raises SyntaxError("code too large") if a jump does not fit.
 *
 * Stack notation: "a b -> c" means b is on top before, c after.
 *
 * Blocks
 * ------
 * The frame has a block stack. Each block records its kind, handler
 * address and the value-stack depth when it was set up.
 *   SETUP_EXCEPT L   push EXCEPT block (handler L)
 *   SETUP_FINALLY L  push FINALLY block (handler L)
 *   SETUP_WITH L     mgr -> exit enter_result; `exit` is the bound
 *                    mgr.__exit__, enter_result the value of mgr.__enter__();
 *                    pushes a FINALLY block whose recorded depth includes
 *                    `exit` but not enter_result.
 *   POP_BLOCK        pop the innermost block (normal exit of a try body)
 * When an exception E reaches a frame (raised by an instruction or
 * propagating from a call), the VM adds a traceback entry (file, line of the
 * faulting instruction, code name) and pops blocks:
 *   EXCEPT block: truncate the value stack to its depth, push an
 *     EXCEPT_HANDLER block that remembers the previously handled exception
 *     ("current exception", used by bare raise, sys.exc_info and as
 *     __context__ of new exceptions), make E the current exception, push E,
 *     jump to the handler.
 *   FINALLY block: truncate to its depth, push E, jump to the handler.
 *   EXCEPT_HANDLER block: restore the remembered current exception; go on
 *     popping.
 * With no block left, E propagates to the caller.
 * POP_EXCEPT pops the EXCEPT_HANDLER block and restores the remembered
 * current exception (end of an except clause that handled E).
 * Whenever a new exception is raised while a current exception exists, that
 * current exception becomes its __context__ (unless it is the same object
 * or a context is already set). A re-raise (RAISE_VARARGS 0, END_FINALLY)
 * does not add a second traceback entry for the same frame.
 *
 * A finally handler is entered with one value X on top of the stack:
 *   None                 normal completion (the compiler emits
 *                        POP_BLOCK; LOAD_CONST_NONE before the handler)
 *   an exception         it is being propagated
 *   MP_OBJ_UNWIND_RETURN a return in progress; the return value lies just
 *                        below X
 *   an unwind-jump mark  a break/continue in progress (mp_bc_unwind_jump_mark)
 * END_FINALLY pops X and resumes what X says: continue, re-raise, continue
 * the return (running outer finally handlers), or continue the jump.
 *
 * RETURN_VALUE pops all blocks first: for each FINALLY block it pushes the
 * return value and MP_OBJ_UNWIND_RETURN (after truncating the stack) and
 * runs the handler; EXCEPT_HANDLER blocks restore the current exception.
 * UNWIND_JUMP L n pops n blocks the same way (truncating the stack to each
 * popped block's depth), running FINALLY handlers with a jump mark that
 * carries L and the count still to pop, then jumps to L.
 *
 * WITH_CLEANUP: exit X -> X'. Calls exit(None, None, None) if X is None or
 * an unwind mark, else exit(type(X), X, None); if X is an exception and the
 * call returned a true value, X' = None (the exception is suppressed),
 * else X' = X. The compiler follows it with END_FINALLY.
 * Async with uses WITH_CLEANUP_ASYNC_START (aexit X -> X awaitable, calling
 * aexit the same way), then GET_AWAITABLE LOAD_CONST_NONE YIELD_FROM, then
 * WITH_CLEANUP_ASYNC_FINISH (X result -> X'), then END_FINALLY.
 */
#define MP_BC_OPCODES(X) \
    X(NOP, "") \
    X(POP_TOP, "")                 /* a -> */ \
    X(ROT_TWO, "")                 /* a b -> b a */ \
    X(ROT_THREE, "")               /* a b c -> c a b */ \
    X(DUP_TOP, "")                 /* a -> a a */ \
    X(DUP_TOP_TWO, "")             /* a b -> a b a b */ \
    X(LOAD_CONST_NONE, "") \
    X(LOAD_CONST_TRUE, "") \
    X(LOAD_CONST_FALSE, "") \
    X(LOAD_CONST_ELLIPSIS, "") \
    X(LOAD_CONST_SMALL_INT, "I")   /* -> small int */ \
    X(LOAD_CONST, "U")             /* -> consts[U] */ \
    X(LOAD_CONST_STR, "Q")         /* -> the interned str Q */ \
    X(LOAD_NULL, "")               /* -> MP_OBJ_NULL */ \
    X(LOAD_FAST, "U")              /* -> slot U; UnboundLocalError if empty */ \
    X(STORE_FAST, "U")             /* v -> */ \
    X(DELETE_FAST, "U")            /* UnboundLocalError if already empty */ \
    X(LOAD_DEREF, "U")             /* -> content of the cell in slot U; NameError if empty */ \
    X(STORE_DEREF, "U")            /* v -> */ \
    X(DELETE_DEREF, "U") \
    X(LOAD_CLOSURE, "U")           /* -> the cell object in slot U */ \
    X(LOAD_CLASSDEREF, "UQ")       /* class body: locals dict[Q] if present, else content of cell slot U */ \
    X(LOAD_NAME, "Q")              /* -> locals/globals/builtins lookup; NameError */ \
    X(STORE_NAME, "Q")             /* v -> */ \
    X(DELETE_NAME, "Q") \
    X(LOAD_GLOBAL, "Q")            /* -> globals/builtins lookup; NameError */ \
    X(STORE_GLOBAL, "Q")           /* v -> */ \
    X(DELETE_GLOBAL, "Q") \
    X(LOAD_ATTR, "Q")              /* obj -> obj.Q */ \
    X(STORE_ATTR, "Q")             /* v obj -> ; obj.Q = v */ \
    X(DELETE_ATTR, "Q")            /* obj -> */ \
    X(LOAD_METHOD, "Q")            /* obj -> meth self_or_NULL (mp_load_method) */ \
    X(LOAD_SUBSCR, "")             /* obj index -> obj[index] */ \
    X(STORE_SUBSCR, "")            /* v obj index -> ; obj[index] = v */ \
    X(DELETE_SUBSCR, "")           /* obj index -> */ \
    X(LOAD_BUILD_CLASS, "")        /* -> __build_class__ */ \
    X(UNARY_OP, "B")               /* a -> op a; B is an mp_unary_op_t (POSITIVE NEGATIVE INVERT NOT) */ \
    X(BINARY_OP, "B")              /* a b -> a op b; B is an mp_binary_op_t, incl. compares, IN, NOT_IN, IS, IS_NOT, EXCEPTION_MATCH and INPLACE_* */ \
    X(JUMP, "J") \
    X(POP_JUMP_IF_TRUE, "J")       /* a -> */ \
    X(POP_JUMP_IF_FALSE, "J")      /* a -> */ \
    X(JUMP_IF_TRUE_OR_POP, "J")    /* a -> a (jump) | -> (no jump) */ \
    X(JUMP_IF_FALSE_OR_POP, "J") \
    X(GET_ITER, "")                /* obj -> iter(obj) */ \
    X(FOR_ITER, "J")               /* it -> it next(it); when exhausted: it -> and jump */ \
    X(SETUP_EXCEPT, "J") \
    X(SETUP_FINALLY, "J") \
    X(SETUP_WITH, "J")             /* mgr -> exit enter_result */ \
    X(WITH_CLEANUP, "")            /* exit X -> X' */ \
    X(WITH_CLEANUP_ASYNC_START, "")  /* aexit X -> X awaitable */ \
    X(WITH_CLEANUP_ASYNC_FINISH, "") /* X result -> X' */ \
    X(POP_BLOCK, "") \
    X(POP_EXCEPT, "") \
    X(END_FINALLY, "")             /* X -> */ \
    X(UNWIND_JUMP, "JB")           /* jump to J popping B blocks (running finally handlers) */ \
    X(RAISE_VARARGS, "B")          /* 0: re-raise current; 1: exc -> ; 2: exc cause -> (raise exc from cause) */ \
    X(RETURN_VALUE, "")            /* v -> */ \
    X(YIELD_VALUE, "")             /* v -> sent (the value sent in on resume, None for next()) */ \
    X(YIELD_FROM, "")              /* it v -> result (delegates send/throw/close to it until it returns) */ \
    X(GET_AWAITABLE, "")           /* obj -> iterator for await (a coroutine itself, or obj.__await__()) */ \
    X(GET_AITER, "")               /* obj -> obj.__aiter__() */ \
    X(GET_ANEXT, "")               /* aiter -> aiter awaitable (aiter.__anext__()) */ \
    X(BUILD_TUPLE, "U")            /* a1 .. aU -> (a1, .., aU) */ \
    X(BUILD_LIST, "U") \
    X(BUILD_SET, "U") \
    X(BUILD_MAP, "U")              /* k1 v1 .. kU vU -> dict, inserted in order */ \
    X(BUILD_SLICE, "U")            /* start stop -> slice (U=2) | start stop step -> slice (U=3) */ \
    X(BUILD_STRING, "U")           /* s1 .. sU -> s1 + .. + sU (all str) */ \
    X(FORMAT_VALUE, "B")           /* v -> str | v spec -> str (B bit 2 set); B bits 0-1: 0 none, 1 !s, 2 !r, 3 !a */ \
    X(LIST_APPEND, "U")            /* v -> ; append v to the list at PEEK(U) after popping v (PEEK(1) is TOS) */ \
    X(SET_ADD, "U")                /* v -> ; add to the set at PEEK(U) */ \
    X(MAP_ADD, "U")                /* k v -> ; dict at PEEK(U) gets [k] = v */ \
    X(LIST_EXTEND, "U")            /* it -> ; list at PEEK(U) extended by it */ \
    X(SET_UPDATE, "U")             /* it -> */ \
    X(DICT_UPDATE, "U")            /* mapping -> ; dict at PEEK(U) updated */ \
    X(DICT_MERGE, "U")             /* mapping -> ; like DICT_UPDATE but TypeError on duplicate keys (for f(**a, **b)) */ \
    X(LIST_TO_TUPLE, "")           /* list -> tuple */ \
    X(UNPACK_SEQUENCE, "U")        /* seq -> itemU .. item1 (item1 on top) */ \
    X(UNPACK_EX, "UU")             /* seq -> ...; U1 targets before the star, U2 after; the starred one gets a list; first item on top */ \
    X(MAKE_FUNCTION, "UB")         /* [defaults] [kwdefaults] -> function of code consts[U]; B bit0: a defaults tuple is on the stack, bit1: a kwdefaults dict */ \
    X(MAKE_CLOSURE, "UBU")         /* [defaults] [kwdefaults] cell1 .. cellN -> function; N = third operand */ \
    X(CALL_FUNCTION, "UU")         /* f a1..aN (k1 v1)..(kM vM) -> result; N = U1, M = U2, keys are str */ \
    X(CALL_FUNCTION_EX, "UUB")     /* f a1..aN kv-pairs [seq] [map] -> result; B bit0: *seq present, bit1: **map present */ \
    X(CALL_METHOD, "UU")           /* meth self_or_NULL a1..aN kv-pairs -> result */ \
    X(CALL_METHOD_EX, "UUB")       /* meth self_or_NULL a1..aN kv-pairs [seq] [map] -> result */ \
    X(IMPORT_NAME, "Q")            /* level fromlist -> module (__import__(Q, fromlist, level)) */ \
    X(IMPORT_FROM, "Q")            /* module -> module attr (ImportError if absent) */ \
    X(IMPORT_STAR, "")             /* module -> ; copies public names into the locals dict */ \
    X(PRINT_EXPR, "")              /* v -> ; REPL: if v is not None print repr(v) and set builtins._ */

typedef enum {
#define X(name, fmt) MP_BC_##name,
    MP_BC_OPCODES(X)
#undef X
    MP_BC_NUM_OPCODES
} mp_bc_opcode_t;

extern const char *const mp_bc_opcode_names[MP_BC_NUM_OPCODES];   // "LOAD_FAST" ...
extern const char *const mp_bc_opcode_formats[MP_BC_NUM_OPCODES]; // "U" ...

// Values that only ever live on the VM's value stack (finally handlers).
#define MP_OBJ_UNWIND_RETURN ((mp_obj_t)0x0002000000000003ULL)
// A pending break/continue: target bytecode offset and blocks still to pop.
static inline mp_obj_t mp_bc_unwind_jump_mark(uint32_t target, uint32_t n_blocks) {
    return ((mp_obj_t)3 << 48) | ((mp_obj_t)(n_blocks & 0xFFFF) << 32) | target;
}
static inline bool mp_bc_is_unwind_jump_mark(mp_obj_t o) {
    return (o >> 48) == 3;
}

// Decoding helpers shared by the VM, the disassembler and the compiler's
// tests.
static inline size_t mp_bc_read_uint(const byte **ip) {
    size_t v = 0;
    unsigned shift = 0;
    byte b;
    do {
        b = *(*ip)++;
        v |= (size_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}
static inline mp_int_t mp_bc_read_sint(const byte **ip) {
    size_t u = mp_bc_read_uint(ip);
    return (mp_int_t)(u >> 1) ^ -(mp_int_t)(u & 1);
}
static inline int16_t mp_bc_read_jump(const byte **ip) {
    int16_t v = (int16_t)((*ip)[0] | ((*ip)[1] << 8));
    *ip += 2;
    return v;
}

// Disassembler (showbc.c): prints one code object (and nested ones).
void mp_bc_print(const mp_print_t *print, const mp_code_t *code);

// Functions (objfun.c)
// Make a function object from a code object (MAKE_FUNCTION/MAKE_CLOSURE).
mp_obj_t mp_obj_new_fun_bc(const mp_code_t *code, mp_obj_dict_t *globals, mp_obj_t defaults, mp_obj_t kwdefaults, size_t n_cells, const mp_obj_t *cells);
// Run a class-body function with `locals` as its namespace dict; returns
// what the body returns (its __class__ cell, or None).
mp_obj_t mp_obj_fun_call_class_body(mp_obj_t fun, mp_obj_dict_t *locals);
mp_obj_t mp_obj_new_cell(mp_obj_t contents);
mp_obj_t mp_obj_cell_get(mp_obj_t cell);
void mp_obj_cell_set(mp_obj_t cell, mp_obj_t value);
mp_obj_t mp_obj_new_bound_meth(mp_obj_t meth, mp_obj_t self);

#endif

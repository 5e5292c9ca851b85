// runtime.h: the operations of the Python object model on any value, and
// the raise helpers. These are what the VM and the builtins call; each
// dispatches to the type slots of its operands.
#ifndef MP_PY_RUNTIME_H
#define MP_PY_RUNTIME_H

#include "obj.h"
#include "mpstate.h"
#include "mpprint.h"
#include "nlr.h"
#include "gc.h"

// ---- lifecycle (runtime.c)
void mp_init(void);    // after gc_init and qstr_init: builtins, sys, __main__
void mp_deinit(void);

// ---- raising (runtime.c / objexcept.c)
MP_NORETURN void mp_raise(mp_obj_t exc_or_type);  // instance or class
MP_NORETURN void mp_raise_msg(const mp_obj_type_t *exc_type, const char *msg);
MP_NORETURN void mp_raise_msg_varg(const mp_obj_type_t *exc_type, const char *fmt, ...);
// AttributeError for base.attr, worded for types, modules and instances, with .name and .obj set.
MP_NORETURN void mp_raise_attribute_error(mp_obj_t base, qstr attr);
// TypeError for an operator no operand supports, worded as CPython's.
MP_NORETURN void mp_raise_binary_op_error(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs);
MP_NORETURN void mp_raise_ValueError(const char *msg);
MP_NORETURN void mp_raise_TypeError(const char *msg);
MP_NORETURN void mp_raise_OSError(int errno_);
MP_NORETURN void mp_raise_NotImplementedError(const char *msg);
MP_NORETURN void mp_raise_StopIteration(mp_obj_t arg);
MP_NORETURN void mp_raise_recursion_depth(void);  // RuntimeError: maximum recursion depth exceeded
// Messages given as literals to the functions above are stored compressed
// (tools/maketexts.py): a string starting with MP_TEXT_MARKER_CHAR is one.
// Exceptions are built through these, so other code never sees one.
// mp_text_cstr gives msg itself if it is not compressed, else its text in
// buf (truncated to size - 1 bytes); MP_TEXT_MAX_LEN bytes hold any
// message (the tool checks). Also for the few functions, registered in the
// tool, that format a message themselves.
#define MP_TEXT_MARKER_CHAR ('\x1f')
#define MP_TEXT_MAX_LEN (256)
const char *mp_text_cstr(const char *msg, char *buf, size_t size);
// Check C stack use; raises the recursion error when over the limit.
void mp_stack_check(void);
void mp_stack_set_top(void *top);
void mp_stack_set_limit(size_t bytes);

// ---- names (runtime.c). Globals/locals are dicts; builtins fall back.
mp_obj_t mp_load_name(qstr qst);     // locals, then globals, then builtins
mp_obj_t mp_load_global(qstr qst);   // globals, then builtins
mp_obj_t mp_load_builtin(qstr qst);  // NameError if absent
void mp_store_name(qstr qst, mp_obj_t obj);
void mp_store_global(qstr qst, mp_obj_t obj);
void mp_delete_name(qstr qst);
void mp_delete_global(qstr qst);
// Current frame's dicts (set by the VM on entry to module/class code).
mp_obj_dict_t *mp_locals_get(void);
void mp_locals_set(mp_obj_dict_t *d);
mp_obj_dict_t *mp_globals_get(void);
void mp_globals_set(mp_obj_dict_t *d);

// ---- operators (runtime.c)
mp_obj_t mp_unary_op(mp_unary_op_t op, mp_obj_t arg);
mp_obj_t mp_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs);
bool mp_obj_is_true(mp_obj_t o);
bool mp_obj_equal(mp_obj_t a, mp_obj_t b);   // a == b, may call __eq__
mp_int_t mp_obj_hash(mp_obj_t o);            // TypeError if unhashable
mp_obj_t mp_obj_len(mp_obj_t o);             // TypeError if no len
mp_obj_t mp_obj_len_maybe(mp_obj_t o);       // MP_OBJ_NULL if no len
mp_obj_t mp_obj_subscr(mp_obj_t base, mp_obj_t index, mp_obj_t value);  // see mp_subscr_fun_t
mp_obj_t mp_obj_repr(mp_obj_t o);            // str object
mp_obj_t mp_obj_str(mp_obj_t o);
int mp_obj_compare_order(mp_obj_t a, mp_obj_t b);  // for sort: <0, 0, >0 using __lt__

// ---- attributes (runtime.c)
mp_obj_t mp_load_attr(mp_obj_t base, qstr attr);  // AttributeError if absent
mp_obj_t mp_load_attr_default(mp_obj_t base, qstr attr, mp_obj_t defval);
// dest[0] = function, dest[1] = self (or MP_OBJ_NULL if dest[0] is not a
// method to bind), ready for mp_call_method_n_kw. AttributeError if absent.
void mp_load_method(mp_obj_t base, qstr attr, mp_obj_t *dest);
// Same, but dest[0] == MP_OBJ_NULL if absent (no exception).
void mp_load_method_maybe(mp_obj_t base, qstr attr, mp_obj_t *dest);
void mp_store_attr(mp_obj_t base, qstr attr, mp_obj_t val);
void mp_delete_attr(mp_obj_t base, qstr attr);
// Generic lookup in a type's MRO (locals_dicts), no descriptor binding.
mp_obj_t mp_type_lookup(const mp_obj_type_t *type, qstr attr);  // MP_OBJ_NULL if absent

// ---- calls (runtime.c). args: n_args positional, then n_kw pairs of
// (key as qstr/str object, value).
mp_obj_t mp_call_function_0(mp_obj_t fun);
mp_obj_t mp_call_function_1(mp_obj_t fun, mp_obj_t arg);
mp_obj_t mp_call_function_2(mp_obj_t fun, mp_obj_t arg1, mp_obj_t arg2);
mp_obj_t mp_call_function_n_kw(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args);
// args[0] is the function, args[1] self or MP_OBJ_NULL, then the arguments.
mp_obj_t mp_call_method_n_kw(size_t n_args, size_t n_kw, const mp_obj_t *args);
// Call with *seq and **map expansion: args as mp_call_method_n_kw (with
// self slot), then star_args (iterable or MP_OBJ_NULL) and kw_dict (mapping
// or MP_OBJ_NULL) after the keyword pairs.
mp_obj_t mp_call_method_n_kw_var(bool have_self, size_t n_args, size_t n_kw, const mp_obj_t *args);
// Check argument counts for C functions; raises TypeError.
void mp_arg_check_num(size_t n_args, size_t n_kw, size_t n_args_min, size_t n_args_max, bool takes_kw);

// Argument parsing for C functions taking keywords.
#define MP_ARG_BOOL (0x001)
#define MP_ARG_INT (0x002)
#define MP_ARG_OBJ (0x003)
#define MP_ARG_KIND_MASK (0x0ff)
#define MP_ARG_REQUIRED (0x100)
#define MP_ARG_KW_ONLY (0x200)
typedef union _mp_arg_val_t {
    bool u_bool;
    mp_int_t u_int;
    mp_obj_t u_obj;
} mp_arg_val_t;
typedef struct _mp_arg_t {
    qstr qst;
    uint16_t flags;
    mp_arg_val_t defval;
} mp_arg_t;
void mp_arg_parse_all(size_t n_pos, const mp_obj_t *pos, mp_map_t *kws, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals);
void mp_arg_parse_all_kw_array(size_t n_pos, size_t n_kw, const mp_obj_t *args, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals);
// The same, naming the function (or type) in error messages as CPython does.
void mp_arg_parse_all_named(qstr fname, size_t n_pos, const mp_obj_t *pos, mp_map_t *kws, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals);
void mp_arg_parse_all_kw_array_named(qstr fname, size_t n_pos, size_t n_kw, const mp_obj_t *args, size_t n_allowed, const mp_arg_t *allowed, mp_arg_val_t *out_vals);

// ---- iteration (runtime.c)
// iter(o). iter_buf is unused (kept for API familiarity): pass NULL.
mp_obj_t mp_getiter(mp_obj_t o, void *iter_buf);
// The getiter slot of iterator types (iter(it) is it).
mp_obj_t mp_identity_getiter(mp_obj_t self);
mp_obj_t mp_iternext(mp_obj_t it);        // MP_OBJ_STOP_ITERATION at the end
mp_obj_t mp_iternext_allow_raise(mp_obj_t it);  // same, may raise StopIteration instead
// Unpacking for the VM: exactly num items of seq into items[0..num) in
// REVERSE order (items[num-1] is the first element), ValueError otherwise.
void mp_unpack_sequence(mp_obj_t seq, size_t num, mp_obj_t *items);
// a, *b, c = seq: num_left before the star, num_right after; writes
// num_left + 1 + num_right items in reverse order (the starred one a list).
void mp_unpack_ex(mp_obj_t seq, size_t num_left, size_t num_right, mp_obj_t *items);

// ---- import (builtinimport.c)
// __import__(name, globals, locals, fromlist, level).
mp_obj_t mp_import_name(qstr name, mp_obj_t fromlist, mp_obj_t level);
mp_obj_t mp_import_from(mp_obj_t module, qstr name);
void mp_import_all(mp_obj_t module);   // into the current locals
mp_obj_t mp_builtin___import__(size_t n_args, const mp_obj_t *args);

// ---- builtins (modbuiltins.c)
mp_obj_t mp_builtin___build_class__(size_t n_args, const mp_obj_t *args, mp_map_t *kw);
extern const mp_obj_fun_builtin_t mp_builtin___build_class___obj;
// Table of built-in modules: name -> module object. Registered by each
// module file via this list (ports add theirs). See objmodule.c.
mp_obj_t mp_module_get_builtin(qstr module_name);  // MP_OBJ_NULL if none
void mp_module_register(qstr name, mp_obj_t module);

// ---- code execution (compile.c + vm.c)
// Parse, compile and run a source text as __main__ or in given dicts.
typedef enum {
    MP_PARSE_FILE_INPUT,    // exec / a module
    MP_PARSE_EVAL_INPUT,    // eval: one expression, returns its value
    MP_PARSE_SINGLE_INPUT,  // REPL line: expression statements print repr (and set _)
} mp_parse_input_kind_t;
// Compile source to a code object; raises SyntaxError with filename/lineno.
mp_obj_t mp_compile(const char *src, size_t len, qstr filename, mp_parse_input_kind_t kind, bool dont_inherit);
// Run a code object (module-level code) with the given globals and locals.
mp_obj_t mp_exec_code(mp_obj_t code, mp_obj_dict_t *globals, mp_obj_dict_t *locals);

// ---- pending events (Ctrl-C, micropython.schedule): the VM polls this
// cheaply every few instructions and calls mp_handle_pending.
void mp_handle_pending(void);
bool mp_sched_schedule(mp_obj_t function, mp_obj_t arg);
void mp_keyboard_interrupt(void);  // called from a signal handler

// ---- misc
void mp_hal_stdout_tx_strn(const char *str, size_t len);  // port: write to stdout
void mp_hal_stderr_tx_strn(const char *str, size_t len);
mp_obj_t mp_obj_new_exception_from_errno(int errno_);

#endif

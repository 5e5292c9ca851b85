// objexcept.h: exception internals shared with the class system (objtype.c),
// the VM and the generators.
//
// Exception instances are mp_obj_exception_t (obj.h). Instances of user
// subclasses of exceptions use the same layout with their class as type
// (MP_INST_LAYOUT_EXCEPTION in objtype.h); user attributes live in `attrs`.
#ifndef MP_PY_OBJEXCEPT_H
#define MP_PY_OBJEXCEPT_H

#include "obj.h"

// Constructor shared by every builtin exception type. `type` may be a user
// subclass: the object is then created with that class as its type and
// keyword arguments are ignored (the subclass's __init__ sees them).
mp_obj_t mp_obj_exception_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args);
// The print slot (str/repr per CPython), usable for subclass instances.
void mp_obj_exception_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind);
// The attr slot: args, __cause__, __context__, __suppress_context__,
// __traceback__, the per-type attributes (StopIteration.value,
// SystemExit.code, OSError.errno/strerror/filename...), the `attrs` map and
// the methods of the exception types. Works for subclass instances.
void mp_obj_exception_attr(mp_obj_t self, qstr attr, mp_obj_t *dest);

// The VM's traceback entry: the frame's code and the offset of the
// faulting instruction; file, line and name are worked out when printed.
struct _mp_code_t;
void mp_obj_exception_add_traceback_code(mp_obj_t exc, const struct _mp_code_t *code, size_t bc_offset);

// True if o is an exception instance (builtin type or user subclass).
bool mp_obj_exception_check(mp_obj_t o);

// Set exc.__context__ = context the way a raise does in CPython: nothing if
// they are the same object; a cycle through context's chain is cut first.
void mp_obj_exception_set_context(mp_obj_t exc, mp_obj_t context);
// raise exc from cause: cause is an exception instance or None.
void mp_obj_exception_set_cause(mp_obj_t exc, mp_obj_t cause);

// Create the preallocated MemoryError and KeyboardInterrupt instances in
// MP_STATE if they are not there yet (called from mp_init; harmless twice).
void mp_exceptions_init(void);

// The "generator raised StopIteration" conversion of PEP 479: returns a new
// RuntimeError with msg whose __cause__ and __context__ are exc.
mp_obj_t mp_obj_exception_wrap_runtime_error(mp_obj_t exc, const char *msg);

// Raise TypeError with a message naming the type of obj: fmt has one %s,
// e.g. "'%s' object is not iterable". Many messages have this shape; one
// call per site instead of two keeps the many call sites small.
MP_NORETURN void mp_raise_TypeError_type(const char *fmt, mp_obj_t obj);
// mp_raise_msg_varg(&mp_type_TypeError, fmt, ...), the most common raise,
// without the type argument at each call site.
MP_NORETURN void mp_raise_TypeError_varg(const char *fmt, ...);

// Set an attribute of a builtin exception instance (AttributeError.name,
// ImportError.name ...) from C; ignored for the preallocated MemoryError.
void mp_obj_exception_store_attr(mp_obj_t exc, qstr attr, mp_obj_t value);

// A builtin exception type that behaves like its base in everything but
// name (module errors such as struct.error, zlib.error; rarer builtins).
#define MP_DEFINE_EXCEPTION_TYPE(obj, qst, base) \
    const mp_obj_type_t obj = { \
        {&mp_type_type}, \
        .flags = MP_TYPE_FLAG_BASETYPE, \
        .name = qst, \
        .print = mp_obj_exception_print, \
        .make_new = mp_obj_exception_make_new, \
        .attr = mp_obj_exception_attr, \
        .base_type = base, \
    }

// objexceptgroup.c
extern const mp_obj_type_t mp_type_BaseExceptionGroup;
extern const mp_obj_type_t mp_type_ExceptionGroup;

#endif

// objtype.h: the class system (objtype.c) as seen by runtime.c,
// objobject.c, objproperty.c and modbuiltins.c.
//
// A user class is an mp_obj_user_type_t: a plain mp_obj_type_t (so the
// rest of the core can treat it like any type) followed by what only the
// class system needs. Its instances have one of four layouts, fixed when
// the class is created from the builtin type its bases derive from:
//   PLAIN      mp_obj_instance_t, attributes in `members`
//   NATIVE     mp_obj_instance_t + subobj[0], the wrapped builtin object
//              (class L(list): subobj[0] is a real list)
//   EXCEPTION  the exception engineer's mp_obj_exception_t whose type is
//              the class; attributes in its `attrs` map
//   TYPE       an mp_obj_user_type_t: the class derives from `type`, so
//              its instances are classes (metaclasses)
//
// Every slot of a user class looks for the special method in the user
// classes of the MRO, then falls back to the builtin base's slot on the
// native object. Builtin types' methods become visible to Python code as
// needed: dunder names map to slot wrappers (int.__add__), and methods
// read through the class (list.append) are descriptors that check their
// self argument.
#ifndef MP_PY_OBJTYPE_H
#define MP_PY_OBJTYPE_H

#include "obj.h"

// A predefined qstr (MP_QSTR_xxx) in half the space, for constant tables of
// names (class system, builtins, exceptions, the module table).
typedef uint16_t qstr_short_t;
_Static_assert(MP_QSTRnumber_of_static <= 0x10000, "predefined qstrs must fit qstr_short_t");

// Out-of-line forms of the type tests of obj.h, for code off the hot paths
// (error messages, printing, rarely used builtins): the inline forms decode
// the NaN box at every use, 20 to 100 bytes each; a call is about 10.
const mp_obj_type_t *mp_obj_get_type_cold(mp_obj_t o);
bool mp_obj_is_type_cold(mp_obj_t o, const mp_obj_type_t *t);
bool mp_obj_is_str_cold(mp_obj_t o);
bool mp_obj_is_int_cold(mp_obj_t o);

// A builtin function object carrying its name (for __name__, repr and
// argument errors); the generic MP_DEFINE_CONST_FUN_OBJ_* leave it 0.
#define MP_DEFINE_NAMED_FUN(obj, q, nmin, nmax, kind, field, f) \
    const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, q, .fun.field = f}
// Named counterparts of obj.h's MP_DEFINE_CONST_FUN_OBJ_* (q is the MP_QSTR_ name).
#define MP_DEFINE_NAMED_FUN_OBJ_0(obj, q, f) MP_DEFINE_NAMED_FUN(obj, q, 0, 0, MP_FUN_KIND_0, _0, f)
#define MP_DEFINE_NAMED_FUN_OBJ_1(obj, q, f) MP_DEFINE_NAMED_FUN(obj, q, 1, 1, MP_FUN_KIND_1, _1, f)
#define MP_DEFINE_NAMED_FUN_OBJ_2(obj, q, f) MP_DEFINE_NAMED_FUN(obj, q, 2, 2, MP_FUN_KIND_2, _2, f)
#define MP_DEFINE_NAMED_FUN_OBJ_3(obj, q, f) MP_DEFINE_NAMED_FUN(obj, q, 3, 3, MP_FUN_KIND_3, _3, f)
#define MP_DEFINE_NAMED_FUN_OBJ_VAR(obj, q, nmin, f) MP_DEFINE_NAMED_FUN(obj, q, nmin, MP_FUN_ARGS_MAX, MP_FUN_KIND_VAR, var, f)
#define MP_DEFINE_NAMED_FUN_OBJ_VAR_BETWEEN(obj, q, nmin, nmax, f) MP_DEFINE_NAMED_FUN(obj, q, nmin, nmax, MP_FUN_KIND_VAR, var, f)
#define MP_DEFINE_NAMED_FUN_OBJ_KW(obj, q, nmin, f) MP_DEFINE_NAMED_FUN(obj, q, nmin, MP_FUN_ARGS_MAX, MP_FUN_KIND_KW, kw, f)

typedef enum {
    MP_INST_LAYOUT_PLAIN,
    MP_INST_LAYOUT_NATIVE,
    MP_INST_LAYOUT_EXCEPTION,
    MP_INST_LAYOUT_TYPE,
} mp_inst_layout_t;

typedef struct _mp_obj_user_type_t {
    mp_obj_type_t type;
    // The builtin type providing the instance layout (NULL for object).
    const mp_obj_type_t *native;
    uint8_t layout;  // mp_inst_layout_t
    // Direct subclasses, held weakly (see objtype.c), so that a change to
    // this class's dict can bump their versions and refresh their flags,
    // and for __subclasses__(). NULL if none.
    struct _mp_subclass_list_t *subclasses;
    uint64_t serial;  // unique per class, identifies it in subclass lists
    // How many attributes instances ended up with (capped): new instances
    // presize their members map to it, saving the rehashes as __init__
    // fills it.
    uint8_t member_hint;
    // With __slots__ all the way up (and no '__dict__' slot): a tuple of
    // the attribute names instances may have; else MP_OBJ_NULL.
    mp_obj_t slots;
    qstr qualname;  // __qualname__ (taken out of the class dict), 0: the name
} mp_obj_user_type_t;

static inline bool mp_type_is_user(const mp_obj_type_t *t) {
    return (t->flags & MP_TYPE_FLAG_USER) != 0;
}

// The property object (objproperty.c).
typedef struct _mp_obj_property_t {
    mp_obj_base_t base;
    mp_obj_t fget, fset, fdel;  // mp_const_none when absent
    mp_obj_t doc;
    qstr name;                  // set by __set_name__ (for error messages), 0 if unknown
} mp_obj_property_t;

// The super object.
typedef struct _mp_obj_super_t {
    mp_obj_base_t base;
    const mp_obj_type_t *type;      // start the lookup after this class
    mp_obj_t obj;                   // the instance (or class) to bind to
    const mp_obj_type_t *obj_type;  // whose MRO is searched
} mp_obj_super_t;

// Create a class: what type(name, bases, dict) does, with `meta` as the
// type of the new class. kw are the class keywords passed on to
// __init_subclass__.
mp_obj_t mp_obj_new_type(const mp_obj_type_t *meta, qstr name, mp_obj_t bases_tuple, mp_obj_t dict, mp_map_t *kw);

// Attribute machinery shared with runtime.c. Same protocol as the attr
// slot (see mp_attr_fun_t in obj.h).
void mp_obj_instance_attr(mp_obj_t self, qstr attr, mp_obj_t *dest);
void mp_obj_type_attr(mp_obj_t self, qstr attr, mp_obj_t *dest);
// The generic attribute store/delete of object.__setattr__/__delattr__
// (value MP_OBJ_NULL: delete). Raises AttributeError.
void mp_obj_generic_setattr(mp_obj_t self, qstr attr, mp_obj_t value);
// object.__getattribute__: the generic lookup without __getattr__.
void mp_obj_generic_getattr(mp_obj_t self, qstr attr, mp_obj_t *dest);

// The instance attribute map of any object that has one (user instances,
// exception instances, classes); NULL if none. create: allocate an
// exception's attrs map when missing.
mp_map_t *mp_obj_instance_members(mp_obj_t self, bool create);

// Bind a value found in a class dict for access through `self` (an
// instance of `type`), writing the load_method result into dest: functions
// become (fun, self), classmethods (fun, type), staticmethods their
// function, descriptors the result of __get__. `from_native` says whether
// the value came from a builtin type's table (then builtin functions bind,
// receiving the native object).
void mp_obj_bind_attr(mp_obj_t value, mp_obj_t self, const mp_obj_type_t *type, bool from_native, mp_obj_t *dest);

// The generic lookup of attributes of builtin objects (their type's table
// and its bases', with slot wrappers for dunder names); dest as load_method.
void mp_obj_builtin_getattr(mp_obj_t base, const mp_obj_type_t *type, qstr attr, mp_obj_t *dest);

// Look up a name in the user classes of type's MRO only (builtin types are
// skipped: their behaviour is reached through their slots). This is how
// special methods are found; MP_OBJ_NULL if none.
mp_obj_t mp_type_lookup_special(const mp_obj_type_t *type, qstr attr);

// Like mp_type_lookup, also returning the class in whose dict it was found.
mp_obj_t mp_type_lookup_ex(const mp_obj_type_t *type, qstr attr, const mp_obj_type_t **found_in);

// The object's type after following a user class to the builtin type its
// instances wrap (NULL if that is object).
const mp_obj_type_t *mp_obj_type_native_base(const mp_obj_type_t *type);

// A builtin function (self, *args) that runs the native base's
// constructor for a user instance: what list.__init__ / object.__new__
// reach through super(). Exposed for objobject.c.
extern const mp_obj_fun_builtin_t mp_native_base_init_obj;
extern const mp_obj_fun_builtin_t mp_native_base_new_obj;  // staticmethod-like (cls, *args)

// For a builtin type without a Python-visible dunder method, a wrapper
// calling its slot (int.__add__, list.__getitem__...). MP_OBJ_NULL if the
// type has no such slot.
mp_obj_t mp_obj_slot_wrapper(const mp_obj_type_t *type, qstr attr);

// The classes of an `X | Y` union object (a tuple), or MP_OBJ_NULL if o is
// not a union.
mp_obj_t mp_obj_union_args(mp_obj_t o);

// Called after a class dict changes (version, flags of it and subclasses).
void mp_obj_type_dict_changed(mp_obj_type_t *type, qstr attr);

// object.__new__ as the staticmethod stored in object's dict.
extern const mp_obj_static_class_method_t mp_object___new___static_obj;
// The name of the special method of a binary operator (__add__ ...), 0 if none.
qstr mp_binary_op_method_name(mp_binary_op_t op);
// __next__ of a user iterator, letting StopIteration propagate.
mp_obj_t mp_obj_instance_iternext_allow_raise(mp_obj_t self);

// Print the default repr "<module.Name object at 0x...>".
void mp_obj_print_default_repr(const mp_print_t *print, mp_obj_t o);
// The module name of a class (its __module__, 0 for builtins).
qstr mp_obj_type_module(const mp_obj_type_t *type);
// The qualified name of a class (its __qualname__, else its name).
qstr mp_obj_type_qualname(const mp_obj_type_t *type);

// A new instance of the user class `type` (PLAIN or NATIVE layout) with room
// for n_sub native parts (left NULL), its members map presized from the
// class's hint. For the VM's inline constructor calls and objtype.c.
mp_obj_instance_t *mp_obj_instance_alloc(const mp_obj_type_t *type, size_t n_sub);

#endif

// moderrno.c: the uerrno module (importable as errno): the host's error
// numbers as E* constants, and errorcode mapping numbers back to names.
//
// Both mappings come from one compact table (4 bytes per error instead of
// two 16-byte dict entries). mp_errno_init expands it, once, at start-up
// into the two constant dicts' tables (plain RAM, only immediates). For
// numbers with several names (EAGAIN and EWOULDBLOCK ...) errorcode gives
// the one CPython gives: the aliases are marked in the table.
#include <errno.h>
#include "runtime.h"
#include "objmodule.h"
#include "modsys.h"

typedef struct {
    uint16_t name;       // qstr
    uint16_t num : 15;
    uint16_t alias : 1;  // another name of an earlier number: not in errorcode
} errno_entry_t;

#define E(q, e) {q, e, 0}
#define ALIAS(q, e) {q, e, 1}

// In the order of the module's dict.
static const errno_entry_t errno_table[] = {
#ifdef EPERM
    E(MP_QSTR_EPERM, EPERM),
#endif
#ifdef ENOENT
    E(MP_QSTR_ENOENT, ENOENT),
#endif
#ifdef ESRCH
    E(MP_QSTR_ESRCH, ESRCH),
#endif
#ifdef EINTR
    E(MP_QSTR_EINTR, EINTR),
#endif
#ifdef EIO
    E(MP_QSTR_EIO, EIO),
#endif
#ifdef ENXIO
    E(MP_QSTR_ENXIO, ENXIO),
#endif
#ifdef E2BIG
    E(MP_QSTR_E2BIG, E2BIG),
#endif
#ifdef ENOEXEC
    E(MP_QSTR_ENOEXEC, ENOEXEC),
#endif
#ifdef EBADF
    E(MP_QSTR_EBADF, EBADF),
#endif
#ifdef ECHILD
    E(MP_QSTR_ECHILD, ECHILD),
#endif
#ifdef EAGAIN
    E(MP_QSTR_EAGAIN, EAGAIN),
#endif
#ifdef EWOULDBLOCK
    ALIAS(MP_QSTR_EWOULDBLOCK, EWOULDBLOCK),
#endif
#ifdef ENOMEM
    E(MP_QSTR_ENOMEM, ENOMEM),
#endif
#ifdef EACCES
    E(MP_QSTR_EACCES, EACCES),
#endif
#ifdef EFAULT
    E(MP_QSTR_EFAULT, EFAULT),
#endif
#ifdef ENOTBLK
    E(MP_QSTR_ENOTBLK, ENOTBLK),
#endif
#ifdef EBUSY
    E(MP_QSTR_EBUSY, EBUSY),
#endif
#ifdef EEXIST
    E(MP_QSTR_EEXIST, EEXIST),
#endif
#ifdef EXDEV
    E(MP_QSTR_EXDEV, EXDEV),
#endif
#ifdef ENODEV
    E(MP_QSTR_ENODEV, ENODEV),
#endif
#ifdef ENOTDIR
    E(MP_QSTR_ENOTDIR, ENOTDIR),
#endif
#ifdef EISDIR
    E(MP_QSTR_EISDIR, EISDIR),
#endif
#ifdef EINVAL
    E(MP_QSTR_EINVAL, EINVAL),
#endif
#ifdef ENFILE
    E(MP_QSTR_ENFILE, ENFILE),
#endif
#ifdef EMFILE
    E(MP_QSTR_EMFILE, EMFILE),
#endif
#ifdef ENOTTY
    E(MP_QSTR_ENOTTY, ENOTTY),
#endif
#ifdef ETXTBSY
    E(MP_QSTR_ETXTBSY, ETXTBSY),
#endif
#ifdef EFBIG
    E(MP_QSTR_EFBIG, EFBIG),
#endif
#ifdef ENOSPC
    E(MP_QSTR_ENOSPC, ENOSPC),
#endif
#ifdef ESPIPE
    E(MP_QSTR_ESPIPE, ESPIPE),
#endif
#ifdef EROFS
    E(MP_QSTR_EROFS, EROFS),
#endif
#ifdef EMLINK
    E(MP_QSTR_EMLINK, EMLINK),
#endif
#ifdef EPIPE
    E(MP_QSTR_EPIPE, EPIPE),
#endif
#ifdef EDOM
    E(MP_QSTR_EDOM, EDOM),
#endif
#ifdef ERANGE
    E(MP_QSTR_ERANGE, ERANGE),
#endif
#ifdef EDEADLK
    ALIAS(MP_QSTR_EDEADLK, EDEADLK),
#endif
#ifdef EDEADLOCK
    E(MP_QSTR_EDEADLOCK, EDEADLOCK),
#endif
#ifdef ENAMETOOLONG
    E(MP_QSTR_ENAMETOOLONG, ENAMETOOLONG),
#endif
#ifdef ENOLCK
    E(MP_QSTR_ENOLCK, ENOLCK),
#endif
#ifdef ENOSYS
    E(MP_QSTR_ENOSYS, ENOSYS),
#endif
#ifdef ENOTEMPTY
    E(MP_QSTR_ENOTEMPTY, ENOTEMPTY),
#endif
#ifdef ELOOP
    E(MP_QSTR_ELOOP, ELOOP),
#endif
#ifdef ENOMSG
    E(MP_QSTR_ENOMSG, ENOMSG),
#endif
#ifdef EIDRM
    E(MP_QSTR_EIDRM, EIDRM),
#endif
#ifdef ECHRNG
    E(MP_QSTR_ECHRNG, ECHRNG),
#endif
#ifdef EL2NSYNC
    E(MP_QSTR_EL2NSYNC, EL2NSYNC),
#endif
#ifdef EL3HLT
    E(MP_QSTR_EL3HLT, EL3HLT),
#endif
#ifdef EL3RST
    E(MP_QSTR_EL3RST, EL3RST),
#endif
#ifdef ELNRNG
    E(MP_QSTR_ELNRNG, ELNRNG),
#endif
#ifdef EUNATCH
    E(MP_QSTR_EUNATCH, EUNATCH),
#endif
#ifdef ENOCSI
    E(MP_QSTR_ENOCSI, ENOCSI),
#endif
#ifdef EL2HLT
    E(MP_QSTR_EL2HLT, EL2HLT),
#endif
#ifdef EBADE
    E(MP_QSTR_EBADE, EBADE),
#endif
#ifdef EBADR
    E(MP_QSTR_EBADR, EBADR),
#endif
#ifdef EXFULL
    E(MP_QSTR_EXFULL, EXFULL),
#endif
#ifdef ENOANO
    E(MP_QSTR_ENOANO, ENOANO),
#endif
#ifdef EBADRQC
    E(MP_QSTR_EBADRQC, EBADRQC),
#endif
#ifdef EBADSLT
    E(MP_QSTR_EBADSLT, EBADSLT),
#endif
#ifdef EBFONT
    E(MP_QSTR_EBFONT, EBFONT),
#endif
#ifdef ENOSTR
    E(MP_QSTR_ENOSTR, ENOSTR),
#endif
#ifdef ENODATA
    E(MP_QSTR_ENODATA, ENODATA),
#endif
#ifdef ETIME
    E(MP_QSTR_ETIME, ETIME),
#endif
#ifdef ENOSR
    E(MP_QSTR_ENOSR, ENOSR),
#endif
#ifdef ENONET
    E(MP_QSTR_ENONET, ENONET),
#endif
#ifdef ENOPKG
    E(MP_QSTR_ENOPKG, ENOPKG),
#endif
#ifdef EREMOTE
    E(MP_QSTR_EREMOTE, EREMOTE),
#endif
#ifdef ENOLINK
    E(MP_QSTR_ENOLINK, ENOLINK),
#endif
#ifdef EADV
    E(MP_QSTR_EADV, EADV),
#endif
#ifdef ESRMNT
    E(MP_QSTR_ESRMNT, ESRMNT),
#endif
#ifdef ECOMM
    E(MP_QSTR_ECOMM, ECOMM),
#endif
#ifdef EPROTO
    E(MP_QSTR_EPROTO, EPROTO),
#endif
#ifdef EMULTIHOP
    E(MP_QSTR_EMULTIHOP, EMULTIHOP),
#endif
#ifdef EDOTDOT
    E(MP_QSTR_EDOTDOT, EDOTDOT),
#endif
#ifdef EBADMSG
    E(MP_QSTR_EBADMSG, EBADMSG),
#endif
#ifdef EOVERFLOW
    E(MP_QSTR_EOVERFLOW, EOVERFLOW),
#endif
#ifdef ENOTUNIQ
    E(MP_QSTR_ENOTUNIQ, ENOTUNIQ),
#endif
#ifdef EBADFD
    E(MP_QSTR_EBADFD, EBADFD),
#endif
#ifdef EREMCHG
    E(MP_QSTR_EREMCHG, EREMCHG),
#endif
#ifdef ELIBACC
    E(MP_QSTR_ELIBACC, ELIBACC),
#endif
#ifdef ELIBBAD
    E(MP_QSTR_ELIBBAD, ELIBBAD),
#endif
#ifdef ELIBSCN
    E(MP_QSTR_ELIBSCN, ELIBSCN),
#endif
#ifdef ELIBMAX
    E(MP_QSTR_ELIBMAX, ELIBMAX),
#endif
#ifdef ELIBEXEC
    E(MP_QSTR_ELIBEXEC, ELIBEXEC),
#endif
#ifdef EILSEQ
    E(MP_QSTR_EILSEQ, EILSEQ),
#endif
#ifdef ERESTART
    E(MP_QSTR_ERESTART, ERESTART),
#endif
#ifdef ESTRPIPE
    E(MP_QSTR_ESTRPIPE, ESTRPIPE),
#endif
#ifdef EUSERS
    E(MP_QSTR_EUSERS, EUSERS),
#endif
#ifdef ENOTSOCK
    E(MP_QSTR_ENOTSOCK, ENOTSOCK),
#endif
#ifdef EDESTADDRREQ
    E(MP_QSTR_EDESTADDRREQ, EDESTADDRREQ),
#endif
#ifdef EMSGSIZE
    E(MP_QSTR_EMSGSIZE, EMSGSIZE),
#endif
#ifdef EPROTOTYPE
    E(MP_QSTR_EPROTOTYPE, EPROTOTYPE),
#endif
#ifdef ENOPROTOOPT
    E(MP_QSTR_ENOPROTOOPT, ENOPROTOOPT),
#endif
#ifdef EPROTONOSUPPORT
    E(MP_QSTR_EPROTONOSUPPORT, EPROTONOSUPPORT),
#endif
#ifdef ESOCKTNOSUPPORT
    E(MP_QSTR_ESOCKTNOSUPPORT, ESOCKTNOSUPPORT),
#endif
#ifdef ENOTSUP
    E(MP_QSTR_ENOTSUP, ENOTSUP),
#endif
#ifdef EOPNOTSUPP
    ALIAS(MP_QSTR_EOPNOTSUPP, EOPNOTSUPP),
#endif
#ifdef EPFNOSUPPORT
    E(MP_QSTR_EPFNOSUPPORT, EPFNOSUPPORT),
#endif
#ifdef EAFNOSUPPORT
    E(MP_QSTR_EAFNOSUPPORT, EAFNOSUPPORT),
#endif
#ifdef EADDRINUSE
    E(MP_QSTR_EADDRINUSE, EADDRINUSE),
#endif
#ifdef EADDRNOTAVAIL
    E(MP_QSTR_EADDRNOTAVAIL, EADDRNOTAVAIL),
#endif
#ifdef ENETDOWN
    E(MP_QSTR_ENETDOWN, ENETDOWN),
#endif
#ifdef ENETUNREACH
    E(MP_QSTR_ENETUNREACH, ENETUNREACH),
#endif
#ifdef ENETRESET
    E(MP_QSTR_ENETRESET, ENETRESET),
#endif
#ifdef ECONNABORTED
    E(MP_QSTR_ECONNABORTED, ECONNABORTED),
#endif
#ifdef ECONNRESET
    E(MP_QSTR_ECONNRESET, ECONNRESET),
#endif
#ifdef ENOBUFS
    E(MP_QSTR_ENOBUFS, ENOBUFS),
#endif
#ifdef EISCONN
    E(MP_QSTR_EISCONN, EISCONN),
#endif
#ifdef ENOTCONN
    E(MP_QSTR_ENOTCONN, ENOTCONN),
#endif
#ifdef ESHUTDOWN
    E(MP_QSTR_ESHUTDOWN, ESHUTDOWN),
#endif
#ifdef ETOOMANYREFS
    E(MP_QSTR_ETOOMANYREFS, ETOOMANYREFS),
#endif
#ifdef ETIMEDOUT
    E(MP_QSTR_ETIMEDOUT, ETIMEDOUT),
#endif
#ifdef ECONNREFUSED
    E(MP_QSTR_ECONNREFUSED, ECONNREFUSED),
#endif
#ifdef EHOSTDOWN
    E(MP_QSTR_EHOSTDOWN, EHOSTDOWN),
#endif
#ifdef EHOSTUNREACH
    E(MP_QSTR_EHOSTUNREACH, EHOSTUNREACH),
#endif
#ifdef EALREADY
    E(MP_QSTR_EALREADY, EALREADY),
#endif
#ifdef EINPROGRESS
    E(MP_QSTR_EINPROGRESS, EINPROGRESS),
#endif
#ifdef ESTALE
    E(MP_QSTR_ESTALE, ESTALE),
#endif
#ifdef EUCLEAN
    E(MP_QSTR_EUCLEAN, EUCLEAN),
#endif
#ifdef ENOTNAM
    E(MP_QSTR_ENOTNAM, ENOTNAM),
#endif
#ifdef ENAVAIL
    E(MP_QSTR_ENAVAIL, ENAVAIL),
#endif
#ifdef EISNAM
    E(MP_QSTR_EISNAM, EISNAM),
#endif
#ifdef EREMOTEIO
    E(MP_QSTR_EREMOTEIO, EREMOTEIO),
#endif
#ifdef EDQUOT
    E(MP_QSTR_EDQUOT, EDQUOT),
#endif
#ifdef ENOMEDIUM
    E(MP_QSTR_ENOMEDIUM, ENOMEDIUM),
#endif
#ifdef EMEDIUMTYPE
    E(MP_QSTR_EMEDIUMTYPE, EMEDIUMTYPE),
#endif
#ifdef ECANCELED
    E(MP_QSTR_ECANCELED, ECANCELED),
#endif
#ifdef ENOKEY
    E(MP_QSTR_ENOKEY, ENOKEY),
#endif
#ifdef EKEYEXPIRED
    E(MP_QSTR_EKEYEXPIRED, EKEYEXPIRED),
#endif
#ifdef EKEYREVOKED
    E(MP_QSTR_EKEYREVOKED, EKEYREVOKED),
#endif
#ifdef EKEYREJECTED
    E(MP_QSTR_EKEYREJECTED, EKEYREJECTED),
#endif
#ifdef EOWNERDEAD
    E(MP_QSTR_EOWNERDEAD, EOWNERDEAD),
#endif
#ifdef ENOTRECOVERABLE
    E(MP_QSTR_ENOTRECOVERABLE, ENOTRECOVERABLE),
#endif
#ifdef ERFKILL
    E(MP_QSTR_ERFKILL, ERFKILL),
#endif
};

// How many of the names above are aliases.
enum {
    N_ALIAS = 0
#ifdef EWOULDBLOCK
    + 1
#endif
#ifdef EDEADLK
    + 1
#endif
#ifdef EOPNOTSUPP
    + 1
#endif
};

#define N_ERRNO MP_ARRAY_SIZE(errno_table)

// Filled by mp_errno_init.
static mp_map_elem_t errorcode_table[N_ERRNO - N_ALIAS];
static MP_DEFINE_CONST_DICT(errorcode_dict, errorcode_table);

static mp_map_elem_t errno_globals_table[2 + N_ERRNO];
static MP_DEFINE_CONST_DICT(errno_globals, errno_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_errno, errno_globals);

void mp_errno_init(void) {
    mp_map_elem_t *g = errno_globals_table, *c = errorcode_table;
    if (g->key != MP_OBJ_NULL) {
        return;  // done (mp_init runs again after a soft reset)
    }
    g[0].key = MP_OBJ_NEW_QSTR(MP_QSTR___name__);
    g[0].value = MP_OBJ_NEW_QSTR(MP_QSTR_uerrno);
    g[1].key = MP_OBJ_NEW_QSTR(MP_QSTR_errorcode);
    g[1].value = MP_OBJ_FROM_PTR(&errorcode_dict);
    g += 2;
    for (const errno_entry_t *e = errno_table; e < errno_table + N_ERRNO; e++, g++) {
        g->key = MP_OBJ_NEW_QSTR(e->name);
        g->value = MP_OBJ_NEW_SMALL_INT(e->num);
        if (!e->alias) {
            c->key = g->value;
            c->value = g->key;
            c++;
        }
    }
}

// modrandom.c: the urandom module (importable as random). The generator
// is xoshiro256** (256 bits of state, period 2**256 - 1), seeded through
// splitmix64 from an int/str/bytes seed or from host entropy
// (mp_hal_random_seed) on first use or seed(None). It does not reproduce
// CPython's Mersenne Twister sequence; the functions follow CPython's
// signatures, argument rules and errors: getrandbits of any size,
// randrange/randint over arbitrary (big) ranges, choice, choices, shuffle,
// sample, random, uniform, randbytes, gauss and friends. As in CPython,
// random.Random(seed) makes independent generators, and the module-level
// functions are methods bound to one hidden default instance.
#include <math.h>
#include "runtime.h"
#include "objmodule.h"
#include "objint.h"
#include "objstr.h"
#include "mphal.h"
#include "objfun.h"

#define RND_FUN(obj, name, nmin, nmax, kind, field, f) \
    static const mp_obj_fun_builtin_t obj = {{&mp_type_builtin_function}, nmin, nmax, kind, MP_QSTR_##name, .fun.field = f}

// A generator: xoshiro256** state. The default instance behind the module
// functions is a static object (no heap, so no GC root needed).
typedef struct _rng_t {
    mp_obj_base_t base;
    uint64_t s[4];
    bool seeded;        // false: seed from entropy at first use
    bool have_gauss;    // gauss() makes values in pairs; the spare one
    double gauss_next;
} rng_t;

extern const mp_obj_type_t mp_type_random_Random;
static rng_t default_rng = {{&mp_type_random_Random}, {0, 0, 0, 0}, false, false, 0.0};

static uint64_t splitmix64(uint64_t *x) {
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static inline uint64_t rotl64(uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

// Seed from a sequence of 64-bit words: they are absorbed one by one, so
// different sequences (and lengths) give unrelated states.
static void seed_words(rng_t *r, const uint64_t *w, size_t n, uint64_t tag) {
    uint64_t h = tag ^ (0x51af1d5eb4c3e291ULL * (n + 1));
    for (size_t i = 0; i < n; i++) {
        h ^= w[i];
        h = splitmix64(&h);
    }
    for (int i = 0; i < 4; i++) {
        r->s[i] = splitmix64(&h);
    }
    if ((r->s[0] | r->s[1] | r->s[2] | r->s[3]) == 0) {
        r->s[0] = 1;  // the one forbidden state
    }
    r->seeded = true;
    r->have_gauss = false;
}

static void seed_entropy(rng_t *r) {
    uint64_t w[2] = {mp_hal_random_seed(), mp_hal_random_seed()};
    seed_words(r, w, 2, 0x3c6ef372fe94f82bULL);
}

static inline uint64_t rng_next(rng_t *r) {
    if (MP_UNLIKELY(!r->seeded)) {
        seed_entropy(r);
    }
    uint64_t *s = r->s;
    uint64_t result = rotl64(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl64(s[3], 45);
    return result;
}

// Uniform double in [0, 1) with 53 random bits.
static inline double rng_double(rng_t *r) {
    return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

// Uniform integer in [0, n), n >= 1, by rejection on the bit length
// (expected fewer than two draws; no modulo bias).
static uint64_t below_u64(rng_t *r, uint64_t n) {
    if (n <= 1) {
        return 0;
    }
    int k = 64 - __builtin_clzll(n - 1);  // bits needed for n - 1
    for (;;) {
        uint64_t v = rng_next(r) >> (64 - k);
        if (v < n) {
            return v;
        }
    }
}

// k random bits as an int object (any k >= 0).
static mp_obj_t randbits_obj(rng_t *rg, uint64_t k) {
    if (k <= 64) {
        uint64_t v = k == 0 ? 0 : rng_next(rg) >> (64 - k);
        return mp_obj_new_int_from_ull(v);
    }
    uint64_t nbytes = (k + 7) / 8;
    if (nbytes > ((uint64_t)1 << 40)) {
        m_malloc_fail((size_t)-1);
    }
    uint64_t nwords = (nbytes + 7) / 8;
    byte *buf = m_malloc_atomic(nwords * 8);
    for (uint64_t i = 0; i < nwords * 8; i += 8) {
        uint64_t r = rng_next(rg);
        for (int j = 0; j < 8; j++) {
            buf[i + j] = (byte)(r >> (8 * j));
        }
    }
    // Little-endian: the bits above k are at the top of the last byte.
    if (k & 7) {
        buf[nbytes - 1] &= (byte)((1u << (k & 7)) - 1);
    }
    mpz_t z;
    mpz_init(&z);
    mpz_from_bytes(&z, buf, nbytes, false, false);
    m_free(buf);
    return mp_obj_int_from_mpz(&z);
}

// Uniform int in [0, n) for an int object n > 0 (small or big).
static mp_obj_t below_obj(rng_t *rg, mp_obj_t n) {
    mp_int_t v;
    if (mp_obj_get_int_maybe(n, &v)) {
        return mp_obj_new_int_from_ull(below_u64(rg, (uint64_t)v));
    }
    mpz_t z;
    mp_obj_int_get_mpz(n, &z);
    uint64_t k = mpz_bit_length(&z);
    mpz_clear(&z);
    for (;;) {
        mp_obj_t v = randbits_obj(rg, k);
        if (mp_obj_is_true(mp_binary_op(MP_BINARY_OP_LESS, v, n))) {
            return v;
        }
    }
}

// An index from an int (or bool/int subclass/__index__); floats with an
// integral value are accepted like CPython 3.11 does (which warns).
static mp_obj_t rr_index(mp_obj_t o, int argnum) {
    if (mp_obj_int_check(o)) {
        return mp_obj_int_normalise(o);
    }
    if (mp_obj_is_float(o)) {
        double d = mp_obj_float_value(o);
        if (!isfinite(d) || d != floor(d)) {
            mp_raise_msg_varg(&mp_type_ValueError, "non-integer arg %d for randrange()", argnum);
        }
        return mp_obj_new_int_from_float(d);
    }
    return mp_obj_new_int(mp_obj_get_index_int(o));
}

static int int_sign(mp_obj_t o) {
    return mp_obj_int_sign(o);
}

// randrange(start, stop, step) core on normalised ints; stop may be NULL.
static mp_obj_t randrange3(rng_t *r, mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    if (stop == MP_OBJ_NULL) {
        if (int_sign(start) > 0) {
            return below_obj(r, start);
        }
        mp_raise_ValueError("empty range for randrange()");
    }
    // Fast path: everything a small int (no overflow: 51-bit values).
    if (mp_obj_is_small_int(start) && mp_obj_is_small_int(stop) && mp_obj_is_small_int(step)) {
        mp_int_t a = mp_small_int_value(start), b = mp_small_int_value(stop), s = mp_small_int_value(step);
        mp_int_t width = b - a;
        if (s == 1) {
            if (width > 0) {
                return mp_obj_new_int(a + (mp_int_t)below_u64(r, (uint64_t)width));
            }
            mp_raise_msg_varg(&mp_type_ValueError, "empty range for randrange() (%lld, %lld, %lld)",
                (long long)a, (long long)b, (long long)width);
        }
        mp_int_t n;
        if (s > 0) {
            n = (width + s - 1) / s;
            if (width + s - 1 < 0) {
                n = -1;  // floor division of a negative: empty anyway
            }
        } else if (s < 0) {
            n = (width + s + 1) / s;
            if (width + s + 1 > 0) {
                n = -1;
            }
        } else {
            mp_raise_ValueError("zero step for randrange()");
        }
        if (n <= 0) {
            mp_raise_ValueError("empty range for randrange()");
        }
        return mp_obj_new_int(a + s * (mp_int_t)below_u64(r, (uint64_t)n));
    }
    // General path with int objects.
    mp_obj_t width = mp_binary_op(MP_BINARY_OP_SUBTRACT, stop, start);
    mp_obj_t one = MP_OBJ_NEW_SMALL_INT(1);
    int ss = int_sign(step);
    if (ss == 0) {
        mp_raise_ValueError("zero step for randrange()");
    }
    if (mp_obj_equal(step, one)) {
        if (int_sign(width) > 0) {
            return mp_binary_op(MP_BINARY_OP_ADD, start, below_obj(r, width));
        }
        mp_raise_ValueError("empty range for randrange()");
    }
    mp_obj_t adj = mp_binary_op(ss > 0 ? MP_BINARY_OP_SUBTRACT : MP_BINARY_OP_ADD, step, one);
    mp_obj_t n = mp_binary_op(MP_BINARY_OP_FLOOR_DIVIDE, mp_binary_op(MP_BINARY_OP_ADD, width, adj), step);
    if (int_sign(n) <= 0) {
        mp_raise_ValueError("empty range for randrange()");
    }
    return mp_binary_op(MP_BINARY_OP_ADD, start, mp_binary_op(MP_BINARY_OP_MULTIPLY, step, below_obj(r, n)));
}

// ---------------------------------------------------------------------------
// Methods of Random. Each takes the generator as args[0]; the module-level
// functions are the same methods bound to default_rng.

static rng_t *get_rng(mp_obj_t self) {
    return MP_OBJ_TO_PTR(self);
}

static void do_seed(rng_t *r, mp_obj_t a) {
    if (a == mp_const_none) {
        seed_entropy(r);
        return;
    }
    if (mp_obj_int_check(a)) {
        // CPython seeds with abs(a): a and -a give the same sequence.
        mp_int_t v;
        if (mp_obj_get_int_maybe(a, &v)) {
            uint64_t w = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
            seed_words(r, &w, 1, 0);
        } else {
            mpz_t z;
            mp_obj_int_get_mpz(a, &z);
            seed_words(r, z.dig, z.len, 0);
            mpz_clear(&z);
        }
        return;
    }
    if (mp_obj_is_float(a)) {
        // CPython seeds with hash(a), so seed(5.0) is seed(5).
        mp_int_t h = mp_obj_hash(a);
        uint64_t w = h < 0 ? 0 - (uint64_t)h : (uint64_t)h;
        seed_words(r, &w, 1, 0);
        return;
    }
    const byte *p;
    size_t len;
    bool is_text = mp_obj_is_str_like(a);
    if (is_text) {
        p = mp_obj_str_get_data_maybe(a, &len, false);
    } else if (mp_obj_is_type(a, &mp_type_bytes) || mp_obj_is_type(a, &mp_type_bytearray)) {
        mp_obj_get_bytes_like(a, &p, &len);
    } else {
        mp_raise_TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    size_t nw = len / 8 + 1;
    uint64_t *w = m_new(uint64_t, nw);
    memset(w, 0, nw * sizeof(uint64_t));
    for (size_t i = 0; i < len; i++) {
        w[i / 8] |= (uint64_t)p[i] << (8 * (i % 8));
    }
    w[nw - 1] ^= (uint64_t)len << 56 ^ 0x80;  // the length, so b'a' != b'a\0'
    seed_words(r, w, nw, is_text ? 2 : 3);
    m_free(w);
}

// seed(a=None, version=2)
static mp_obj_t random_seed(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_a, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
        {MP_QSTR_version, MP_ARG_INT, {.u_int = 2}},
    };
    mp_arg_val_t vals[2];
    mp_arg_parse_all_named(MP_QSTR_seed, n_args - 1, args + 1, kw, 2, allowed, vals);
    do_seed(get_rng(args[0]), vals[0].u_obj);
    return mp_const_none;
}
static const mp_obj_fun_builtin_t random_seed_obj = {{&mp_type_builtin_function}, 1, 3, MP_FUN_KIND_KW, MP_QSTR_seed, .fun.kw = random_seed};

static mp_obj_t random_getrandbits(mp_obj_t self, mp_obj_t k_in) {
    if (!mp_obj_int_check(k_in)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(k_in));
    }
    mp_int_t k;
    if (!mp_obj_get_int_maybe(k_in, &k) || k > 0x7fffffff) {
        // CPython takes a C int here.
        mp_raise_msg(&mp_type_OverflowError, "Python int too large to convert to C int");
    }
    if (k < 0) {
        mp_raise_ValueError("number of bits must be non-negative");
    }
    return randbits_obj(get_rng(self), (uint64_t)k);
}
RND_FUN(random_getrandbits_obj, getrandbits, 2, 2, MP_FUN_KIND_2, _2, random_getrandbits);

static mp_obj_t random_random(mp_obj_t self) {
    return mp_obj_new_float(rng_double(get_rng(self)));
}
RND_FUN(random_random_obj, random, 1, 1, MP_FUN_KIND_1, _1, random_random);

static mp_obj_t random_uniform(mp_obj_t self, mp_obj_t a_in, mp_obj_t b_in) {
    mp_float_t a = mp_obj_get_float(a_in), b = mp_obj_get_float(b_in);
    return mp_obj_new_float(a + (b - a) * rng_double(get_rng(self)));
}
RND_FUN(random_uniform_obj, uniform, 3, 3, MP_FUN_KIND_3, _3, random_uniform);

// randrange(stop) / randrange(start, stop[, step])
static mp_obj_t random_randrange(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_start, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_stop, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
        {MP_QSTR_step, MP_ARG_OBJ, {.u_obj = MP_OBJ_NULL}},
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_all_named(MP_QSTR_randrange, n_args - 1, args + 1, kw, 3, allowed, vals);
    rng_t *r = get_rng(args[0]);
    mp_obj_t start = rr_index(vals[0].u_obj, 1);
    if (vals[1].u_obj == mp_const_none) {
        if (vals[2].u_obj != MP_OBJ_NULL) {
            mp_raise_TypeError("Missing a non-None stop argument");
        }
        return randrange3(r, start, MP_OBJ_NULL, MP_OBJ_NULL);
    }
    mp_obj_t stop = rr_index(vals[1].u_obj, 2);
    mp_obj_t step = vals[2].u_obj == MP_OBJ_NULL ? MP_OBJ_NEW_SMALL_INT(1) : rr_index(vals[2].u_obj, 3);
    return randrange3(r, start, stop, step);
}
static const mp_obj_fun_builtin_t random_randrange_obj = {{&mp_type_builtin_function}, 1, 4, MP_FUN_KIND_KW, MP_QSTR_randrange, .fun.kw = random_randrange};

static mp_obj_t random_randint(mp_obj_t self, mp_obj_t a_in, mp_obj_t b_in) {
    mp_obj_t a = rr_index(a_in, 1);
    mp_obj_t b = rr_index(b_in, 2);
    return randrange3(get_rng(self), a, mp_binary_op(MP_BINARY_OP_ADD, b, MP_OBJ_NEW_SMALL_INT(1)), MP_OBJ_NEW_SMALL_INT(1));
}
RND_FUN(random_randint_obj, randint, 3, 3, MP_FUN_KIND_3, _3, random_randint);

static size_t seq_len(mp_obj_t seq) {
    return (size_t)mp_obj_get_int(mp_obj_len(seq));
}

static mp_obj_t random_choice(mp_obj_t self, mp_obj_t seq) {
    size_t n = seq_len(seq);
    if (n == 0) {
        mp_raise_msg(&mp_type_IndexError, "Cannot choose from an empty sequence");
    }
    return mp_obj_subscr(seq, mp_obj_new_int((mp_int_t)below_u64(get_rng(self), n)), MP_OBJ_SENTINEL);
}
RND_FUN(random_choice_obj, choice, 2, 2, MP_FUN_KIND_2, _2, random_choice);

// shuffle(x): Fisher-Yates in place; lists directly, other mutable
// sequences through item access.
static mp_obj_t random_shuffle(mp_obj_t self, mp_obj_t seq) {
    rng_t *r = get_rng(self);
    if (mp_obj_is_type(seq, &mp_type_list)) {
        mp_obj_list_t *l = MP_OBJ_TO_PTR(seq);
        for (size_t i = l->len; i > 1; i--) {
            size_t j = (size_t)below_u64(r, i);
            mp_obj_t t = l->items[i - 1];
            l->items[i - 1] = l->items[j];
            l->items[j] = t;
        }
        return mp_const_none;
    }
    size_t n = seq_len(seq);
    for (size_t i = n; i > 1; i--) {
        mp_obj_t ii = mp_obj_new_int((mp_int_t)(i - 1));
        mp_obj_t jj = mp_obj_new_int((mp_int_t)below_u64(r, i));
        mp_obj_t a = mp_obj_subscr(seq, ii, MP_OBJ_SENTINEL);
        mp_obj_t b = mp_obj_subscr(seq, jj, MP_OBJ_SENTINEL);
        mp_obj_subscr(seq, ii, b);
        mp_obj_subscr(seq, jj, a);
    }
    return mp_const_none;
}
RND_FUN(random_shuffle_obj, shuffle, 2, 2, MP_FUN_KIND_2, _2, random_shuffle);

// Items of a sequence as a fresh list (sets and dicts are refused, as CPython).
static mp_obj_t seq_to_list(mp_obj_t seq, const char *what) {
    const mp_obj_type_t *t = mp_obj_get_type(seq);
    if (mp_obj_is_subclass_fast(t, &mp_type_set) || mp_obj_is_subclass_fast(t, &mp_type_frozenset)
        || mp_obj_is_subclass_fast(t, &mp_type_dict) || t->subscr == NULL) {
        mp_raise_msg_varg(&mp_type_TypeError, "%s must be a sequence.  For dicts or sets, use sorted(d).", what);
    }
    if (mp_obj_is_type(seq, &mp_type_list) || mp_obj_is_type(seq, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_get_array(seq, &n, &items);
        return mp_obj_new_list(n, items);
    }
    size_t n = seq_len(seq);
    mp_obj_t l = mp_obj_new_list(n, NULL);
    mp_obj_list_t *lp = MP_OBJ_TO_PTR(l);
    for (size_t i = 0; i < n; i++) {
        lp->items[i] = mp_obj_subscr(seq, mp_obj_new_int((mp_int_t)i), MP_OBJ_SENTINEL);
    }
    return l;
}

// sample(population, k, *, counts=None): k distinct positions, in
// selection order (partial Fisher-Yates on a copy).
static mp_obj_t random_sample(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_population, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_k, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_counts, MP_ARG_OBJ | MP_ARG_KW_ONLY, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
    };
    mp_arg_val_t vals[3];
    mp_arg_parse_all_named(MP_QSTR_sample, n_args - 1, args + 1, kw, 3, allowed, vals);
    rng_t *r = get_rng(args[0]);
    mp_obj_t pool = seq_to_list(vals[0].u_obj, "Population");
    mp_obj_list_t *p = MP_OBJ_TO_PTR(pool);
    if (vals[2].u_obj != mp_const_none) {
        // Expand each element by its count.
        mp_obj_t counts = seq_to_list(vals[2].u_obj, "counts");
        mp_obj_list_t *c = MP_OBJ_TO_PTR(counts);
        if (c->len != p->len) {
            mp_raise_ValueError("The number of counts does not match the population");
        }
        mp_obj_t expanded = mp_obj_new_list(0, NULL);
        for (size_t i = 0; i < c->len; i++) {
            mp_int_t cnt = mp_obj_get_index_int(c->items[i]);
            if (cnt < 0) {
                mp_raise_ValueError("Counts must be non-negative");
            }
            for (mp_int_t j = 0; j < cnt; j++) {
                mp_obj_list_append(expanded, p->items[i]);
            }
        }
        pool = expanded;
        p = MP_OBJ_TO_PTR(pool);
    }
    mp_obj_t k_in = vals[1].u_obj;
    if (!mp_obj_int_check(k_in)) {
        mp_raise_msg_varg(&mp_type_TypeError, "'%s' object cannot be interpreted as an integer", mp_obj_get_type_str(k_in));
    }
    mp_int_t k;
    if (!mp_obj_get_int_maybe(k_in, &k) || k < 0 || (size_t)k > p->len) {
        mp_raise_ValueError("Sample larger than population or is negative");
    }
    size_t n = p->len;
    for (size_t i = 0; i < (size_t)k; i++) {
        size_t j = i + (size_t)below_u64(r, n - i);
        mp_obj_t t = p->items[i];
        p->items[i] = p->items[j];
        p->items[j] = t;
    }
    return mp_obj_new_list((size_t)k, p->items);
}
static const mp_obj_fun_builtin_t random_sample_obj = {{&mp_type_builtin_function}, 1, 3, MP_FUN_KIND_KW, MP_QSTR_sample, .fun.kw = random_sample};

// choices(population, weights=None, *, cum_weights=None, k=1): k picks with
// replacement, weighted by binary search in the cumulative weights.
static mp_obj_t random_choices(size_t n_args, const mp_obj_t *args, mp_map_t *kw) {
    static const mp_arg_t allowed[] = {
        {MP_QSTR_population, MP_ARG_OBJ | MP_ARG_REQUIRED, {.u_obj = MP_OBJ_NULL}},
        {MP_QSTR_weights, MP_ARG_OBJ, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
        {MP_QSTR_cum_weights, MP_ARG_OBJ | MP_ARG_KW_ONLY, {.u_obj = MP_ROM_PTR(&mp_const_none_obj)}},
        {MP_QSTR_k, MP_ARG_INT | MP_ARG_KW_ONLY, {.u_int = 1}},
    };
    mp_arg_val_t vals[4];
    mp_arg_parse_all_named(MP_QSTR_choices, n_args - 1, args + 1, kw, 4, allowed, vals);
    rng_t *r = get_rng(args[0]);
    mp_obj_t pop = vals[0].u_obj;
    size_t n = seq_len(pop);
    mp_int_t k = vals[3].u_int < 0 ? 0 : vals[3].u_int;
    mp_obj_t weights = vals[1].u_obj, cum = vals[2].u_obj;
    mp_obj_t res = mp_obj_new_list(0, NULL);
    // Cumulative weights, or NULL for uniform picks; one loop for both.
    double *cw = NULL;
    double total = 0;
    if (weights != mp_const_none || cum != mp_const_none) {
        if (weights != mp_const_none && cum != mp_const_none) {
            mp_raise_TypeError("Cannot specify both weights and cumulative weights");
        }
        mp_obj_t wl = seq_to_list(weights != mp_const_none ? weights : cum, "weights");
        mp_obj_list_t *w = MP_OBJ_TO_PTR(wl);
        if (w->len != n) {
            mp_raise_ValueError("The number of weights does not match the population");
        }
        if (n == 0) {
            mp_raise_msg(&mp_type_IndexError, "list index out of range");
        }
        cw = m_new(double, n);
        double acc = 0;
        for (size_t i = 0; i < n; i++) {
            double v = mp_obj_get_float(w->items[i]);
            acc = weights != mp_const_none ? acc + v : v;
            cw[i] = acc;
        }
        total = cw[n - 1];
        if (!(total > 0.0)) {
            mp_raise_ValueError("Total of weights must be greater than zero");
        }
        if (!isfinite(total)) {
            mp_raise_ValueError("Total of weights must be finite");
        }
    }
    for (mp_int_t i = 0; i < k; i++) {
        size_t idx;
        if (cw == NULL) {
            if (n == 0) {
                mp_raise_msg(&mp_type_IndexError, "list index out of range");
            }
            idx = (size_t)(rng_double(r) * (double)n);
        } else {
            double x = rng_double(r) * total;
            // First index whose cumulative weight exceeds x (bisect_right).
            size_t lo = 0, hi = n - 1;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (x < cw[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            idx = lo;
        }
        mp_obj_list_append(res, mp_obj_subscr(pop, mp_obj_new_int((mp_int_t)idx), MP_OBJ_SENTINEL));
    }
    m_free(cw);
    return res;
}
static const mp_obj_fun_builtin_t random_choices_obj = {{&mp_type_builtin_function}, 1, 3, MP_FUN_KIND_KW, MP_QSTR_choices, .fun.kw = random_choices};

static mp_obj_t random_randbytes(mp_obj_t self, mp_obj_t n_in) {
    rng_t *r = get_rng(self);
    mp_int_t n = mp_obj_get_index_int(n_in);
    if (n < 0) {
        mp_raise_ValueError("number of bits must be non-negative");
    }
    mp_obj_str_t *s = mp_obj_str_alloc(&mp_type_bytes, (size_t)n);
    byte *d = MP_STR_INLINE_DATA(s);
    for (mp_int_t i = 0; i < n; i += 8) {
        uint64_t v = rng_next(r);
        for (mp_int_t j = 0; j < 8 && i + j < n; j++) {
            d[i + j] = (byte)(v >> (8 * j));
        }
    }
    return MP_OBJ_FROM_PTR(s);
}
RND_FUN(random_randbytes_obj, randbytes, 2, 2, MP_FUN_KIND_2, _2, random_randbytes);

// A standard normal deviate by the Box-Muller transform; the second value
// of each pair is kept for the next call of gauss().
static double std_normal(rng_t *r, bool use_spare) {
    if (use_spare && r->have_gauss) {
        r->have_gauss = false;
        return r->gauss_next;
    }
    double u1 = 1.0 - rng_double(r);  // in (0, 1]: log is finite
    double u2 = rng_double(r);
    double rad = sqrt(-2.0 * log(u1));
    double ang = 2.0 * M_PI * u2;
    if (use_spare) {
        r->gauss_next = rad * sin(ang);
        r->have_gauss = true;
    }
    return rad * cos(ang);
}

// gauss(mu=0.0, sigma=1.0) and normalvariate(mu=0.0, sigma=1.0)
static mp_obj_t normal_common(size_t n_args, const mp_obj_t *args, bool use_spare) {
    rng_t *r = get_rng(args[0]);
    double mu = n_args > 1 ? mp_obj_get_float(args[1]) : 0.0;
    double sigma = n_args > 2 ? mp_obj_get_float(args[2]) : 1.0;
    return mp_obj_new_float(mu + sigma * std_normal(r, use_spare));
}
static mp_obj_t random_gauss(size_t n_args, const mp_obj_t *args) {
    return normal_common(n_args, args, true);
}
RND_FUN(random_gauss_obj, gauss, 1, 3, MP_FUN_KIND_VAR, var, random_gauss);
static mp_obj_t random_normalvariate(size_t n_args, const mp_obj_t *args) {
    return normal_common(n_args, args, false);
}
RND_FUN(random_normalvariate_obj, normalvariate, 1, 3, MP_FUN_KIND_VAR, var, random_normalvariate);

// expovariate(lambd=1.0): exponential with mean 1/lambd.
static mp_obj_t random_expovariate(size_t n_args, const mp_obj_t *args) {
    rng_t *r = get_rng(args[0]);
    double lambd = n_args > 1 ? mp_obj_get_float(args[1]) : 1.0;
    if (lambd == 0.0) {
        mp_raise_msg(&mp_type_ZeroDivisionError, "float division by zero");
    }
    return mp_obj_new_float(-log(1.0 - rng_double(r)) / lambd);
}
RND_FUN(random_expovariate_obj, expovariate, 1, 2, MP_FUN_KIND_VAR, var, random_expovariate);

// triangular(low=0.0, high=1.0, mode=None): inverse of the triangular CDF.
static mp_obj_t random_triangular(size_t n_args, const mp_obj_t *args) {
    rng_t *r = get_rng(args[0]);
    double low = n_args > 1 ? mp_obj_get_float(args[1]) : 0.0;
    double high = n_args > 2 ? mp_obj_get_float(args[2]) : 1.0;
    double u = rng_double(r);
    double c = 0.5;
    if (n_args > 3 && args[3] != mp_const_none) {
        double mode = mp_obj_get_float(args[3]);
        if (high == low) {
            return args[1];  // CPython returns low itself here
        }
        c = (mode - low) / (high - low);
    }
    if (u > c) {
        // Sample the other side, mirrored.
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return mp_obj_new_float(low + (high - low) * sqrt(u * c));
}
RND_FUN(random_triangular_obj, triangular, 1, 4, MP_FUN_KIND_VAR, var, random_triangular);

// getstate() -> opaque tuple; setstate(state) restores it.
static mp_obj_t random_getstate(mp_obj_t self) {
    rng_t *r = get_rng(self);
    if (!r->seeded) {
        seed_entropy(r);
    }
    mp_obj_t items[5];
    for (int i = 0; i < 4; i++) {
        items[i] = mp_obj_new_int_from_ull(r->s[i]);
    }
    items[4] = r->have_gauss ? mp_obj_new_float(r->gauss_next) : mp_const_none;
    return mp_obj_new_tuple(5, items);
}
RND_FUN(random_getstate_obj, getstate, 1, 1, MP_FUN_KIND_1, _1, random_getstate);

static mp_obj_t random_setstate(mp_obj_t self, mp_obj_t state) {
    rng_t *r = get_rng(self);
    if (!mp_obj_is_type(state, &mp_type_tuple)) {
        mp_raise_TypeError("state vector must be a tuple");
    }
    mp_obj_t *items;
    size_t n;
    mp_obj_get_array(state, &n, &items);
    if (n != 5) {
        mp_raise_ValueError("state vector is the wrong size");
    }
    uint64_t s[4];
    for (int i = 0; i < 4; i++) {
        mpz_t z;
        if (!mp_obj_int_get_mpz(items[i], &z) || z.neg || !mpz_as_uint64(&z, &s[i])) {
            mp_raise_ValueError("invalid state");
        }
        mpz_clear(&z);
    }
    if ((s[0] | s[1] | s[2] | s[3]) == 0) {
        mp_raise_ValueError("invalid state");
    }
    memcpy(r->s, s, sizeof(s));
    r->seeded = true;
    r->have_gauss = items[4] != mp_const_none;
    r->gauss_next = r->have_gauss ? mp_obj_get_float(items[4]) : 0.0;
    return mp_const_none;
}
RND_FUN(random_setstate_obj, setstate, 2, 2, MP_FUN_KIND_2, _2, random_setstate);

// Random(x=None): a new generator seeded with x (entropy if None).
static mp_obj_t random_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    rng_t *r = m_malloc_atomic(sizeof(rng_t));
    r->base.type = type;
    r->have_gauss = false;
    do_seed(r, n_args > 0 ? args[0] : mp_const_none);
    return MP_OBJ_FROM_PTR(r);
}

static const mp_rom_map_elem_t random_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&random_seed_obj)},
    {MP_ROM_QSTR(MP_QSTR_getrandbits), MP_ROM_PTR(&random_getrandbits_obj)},
    {MP_ROM_QSTR(MP_QSTR_random), MP_ROM_PTR(&random_random_obj)},
    {MP_ROM_QSTR(MP_QSTR_uniform), MP_ROM_PTR(&random_uniform_obj)},
    {MP_ROM_QSTR(MP_QSTR_randrange), MP_ROM_PTR(&random_randrange_obj)},
    {MP_ROM_QSTR(MP_QSTR_randint), MP_ROM_PTR(&random_randint_obj)},
    {MP_ROM_QSTR(MP_QSTR_choice), MP_ROM_PTR(&random_choice_obj)},
    {MP_ROM_QSTR(MP_QSTR_choices), MP_ROM_PTR(&random_choices_obj)},
    {MP_ROM_QSTR(MP_QSTR_shuffle), MP_ROM_PTR(&random_shuffle_obj)},
    {MP_ROM_QSTR(MP_QSTR_sample), MP_ROM_PTR(&random_sample_obj)},
    {MP_ROM_QSTR(MP_QSTR_randbytes), MP_ROM_PTR(&random_randbytes_obj)},
    {MP_ROM_QSTR(MP_QSTR_gauss), MP_ROM_PTR(&random_gauss_obj)},
    {MP_ROM_QSTR(MP_QSTR_normalvariate), MP_ROM_PTR(&random_normalvariate_obj)},
    {MP_ROM_QSTR(MP_QSTR_expovariate), MP_ROM_PTR(&random_expovariate_obj)},
    {MP_ROM_QSTR(MP_QSTR_triangular), MP_ROM_PTR(&random_triangular_obj)},
    {MP_ROM_QSTR(MP_QSTR_getstate), MP_ROM_PTR(&random_getstate_obj)},
    {MP_ROM_QSTR(MP_QSTR_setstate), MP_ROM_PTR(&random_setstate_obj)},
};
static MP_DEFINE_CONST_DICT(random_locals_dict, random_locals_table);

const mp_obj_type_t mp_type_random_Random = {
    {&mp_type_type},
    .name = MP_QSTR_Random,
    .make_new = random_make_new,
    .locals_dict = (mp_obj_dict_t *)&random_locals_dict,
    .base_type = &mp_type_object,
};

// The module functions: the methods bound to the default generator.
#define BOUND(name) \
    static const mp_obj_bound_meth_t random_##name##_bound = {{&mp_type_bound_builtin_meth}, MP_ROM_PTR(&random_##name##_obj), MP_ROM_PTR(&default_rng)}
BOUND(seed);
BOUND(getrandbits);
BOUND(random);
BOUND(uniform);
BOUND(randrange);
BOUND(randint);
BOUND(choice);
BOUND(choices);
BOUND(shuffle);
BOUND(sample);
BOUND(randbytes);
BOUND(gauss);
BOUND(normalvariate);
BOUND(expovariate);
BOUND(triangular);
BOUND(getstate);
BOUND(setstate);

static const mp_rom_map_elem_t random_globals_table[] = {
    {MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_urandom)},
    {MP_ROM_QSTR(MP_QSTR_Random), MP_ROM_PTR(&mp_type_random_Random)},
    {MP_ROM_QSTR(MP_QSTR_seed), MP_ROM_PTR(&random_seed_bound)},
    {MP_ROM_QSTR(MP_QSTR_getrandbits), MP_ROM_PTR(&random_getrandbits_bound)},
    {MP_ROM_QSTR(MP_QSTR_random), MP_ROM_PTR(&random_random_bound)},
    {MP_ROM_QSTR(MP_QSTR_uniform), MP_ROM_PTR(&random_uniform_bound)},
    {MP_ROM_QSTR(MP_QSTR_randrange), MP_ROM_PTR(&random_randrange_bound)},
    {MP_ROM_QSTR(MP_QSTR_randint), MP_ROM_PTR(&random_randint_bound)},
    {MP_ROM_QSTR(MP_QSTR_choice), MP_ROM_PTR(&random_choice_bound)},
    {MP_ROM_QSTR(MP_QSTR_choices), MP_ROM_PTR(&random_choices_bound)},
    {MP_ROM_QSTR(MP_QSTR_shuffle), MP_ROM_PTR(&random_shuffle_bound)},
    {MP_ROM_QSTR(MP_QSTR_sample), MP_ROM_PTR(&random_sample_bound)},
    {MP_ROM_QSTR(MP_QSTR_randbytes), MP_ROM_PTR(&random_randbytes_bound)},
    {MP_ROM_QSTR(MP_QSTR_gauss), MP_ROM_PTR(&random_gauss_bound)},
    {MP_ROM_QSTR(MP_QSTR_normalvariate), MP_ROM_PTR(&random_normalvariate_bound)},
    {MP_ROM_QSTR(MP_QSTR_expovariate), MP_ROM_PTR(&random_expovariate_bound)},
    {MP_ROM_QSTR(MP_QSTR_triangular), MP_ROM_PTR(&random_triangular_bound)},
    {MP_ROM_QSTR(MP_QSTR_getstate), MP_ROM_PTR(&random_getstate_bound)},
    {MP_ROM_QSTR(MP_QSTR_setstate), MP_ROM_PTR(&random_setstate_bound)},
};
static MP_DEFINE_CONST_DICT(random_globals, random_globals_table);
MP_DEFINE_CONST_MODULE(mp_module_random, random_globals);

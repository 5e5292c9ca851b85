// mpz.c: arbitrary-precision integers for the int type.
//
// Numbers are sign + magnitude, the magnitude an array of 64-bit limbs
// (least significant first). The work is done by "nat" kernels on raw limb
// arrays; the mpz_* wrappers deal with signs, allocation and normalisation.
//
// Algorithms: schoolbook and Karatsuba multiplication (and squaring);
// Knuth's algorithm D for division, Burnikel-Ziegler recursive division for
// large operands; divide-and-conquer radix conversion in both directions
// (sub-quadratic together with Karatsuba and Burnikel-Ziegler), so that
// str() and int() of numbers with hundreds of thousands of digits are fast.
#include <string.h>
#include <math.h>
#include "mpz.h"
#include "misc.h"

typedef unsigned __int128 ddig_t;
typedef mpz_dig_t dig_t;
#define DIG_MAX UINT64_MAX

// Below these sizes (in limbs) the simple algorithms are faster.
#ifndef KARA_MUL_THRESH
#define KARA_MUL_THRESH 32
#endif
#ifndef KARA_SQR_THRESH
#define KARA_SQR_THRESH 48
#endif
#ifndef BZ_THRESH
#define BZ_THRESH 48
#endif
#ifndef STR_DC_THRESH
#define STR_DC_THRESH 40
#endif
#ifndef PARSE_DC_THRESH
#define PARSE_DC_THRESH 40
#endif

// ---------------------------------------------------------------------------
// Limb storage

// Every limb array is allocated with MPZ_DIG_HEADER free bytes before it,
// so that objint.c can turn a result into an int object in place (one
// allocation per big int instead of two).
static dig_t *dig_alloc(size_t n) {
    if (n == 0) {
        n = 1;
    }
    if (n > (SIZE_MAX / sizeof(dig_t)) / 2) {
        m_malloc_fail(SIZE_MAX);
    }
    char *p = m_malloc_atomic(MPZ_DIG_HEADER + n * sizeof(dig_t));
    return (dig_t *)(p + MPZ_DIG_HEADER);
}

static void dig_free(dig_t *d) {
    if (d != NULL) {
        m_free((char *)d - MPZ_DIG_HEADER);
    }
}

static inline size_t nat_norm(const dig_t *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) {
        n--;
    }
    return n;
}

// Installs a freshly computed limb array as dest's value.
static void z_set_result(mpz_t *dest, dig_t *dig, size_t alloc, size_t len, bool neg) {
    len = nat_norm(dig, len);
    if (dest->dig != NULL && dest->dig != dig) {
        dig_free(dest->dig);
    }
    dest->dig = dig;
    dest->alloc = alloc;
    dest->len = len;
    dest->neg = len != 0 && neg;
}

// ---------------------------------------------------------------------------
// Natural-number kernels. Lengths are in limbs; results never alias inputs
// unless stated.

static inline dig_t div128(dig_t hi, dig_t lo, dig_t d, dig_t *rem) {
    // Requires hi < d so that the quotient fits one limb.
    #if defined(__x86_64__)
    dig_t q, r;
    __asm__("divq %4" : "=a" (q), "=d" (r) : "a" (lo), "d" (hi), "rm" (d));
    *rem = r;
    return q;
    #else
    ddig_t n = ((ddig_t)hi << 64) | lo;
    *rem = (dig_t)(n % d);
    return (dig_t)(n / d);
    #endif
}

static int nat_cmp(const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    while (an-- > 0) {
        if (a[an] != b[an]) {
            return a[an] < b[an] ? -1 : 1;
        }
    }
    return 0;
}

// r = a + b over n limbs; returns the carry. r may alias a or b.
static dig_t nat_add_n(dig_t *r, const dig_t *a, const dig_t *b, size_t n) {
    dig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        dig_t s;
        dig_t c1 = __builtin_add_overflow(a[i], b[i], &s);
        dig_t c2 = __builtin_add_overflow(s, c, &s);
        r[i] = s;
        c = c1 | c2;
    }
    return c;
}

// r = a + c over n limbs; returns the carry. r may alias a.
static dig_t nat_add_1(dig_t *r, const dig_t *a, size_t n, dig_t c) {
    size_t i = 0;
    for (; i < n && c; i++) {
        r[i] = a[i] + c;
        c = r[i] < c;
    }
    if (r != a) {
        for (; i < n; i++) {
            r[i] = a[i];
        }
    }
    return c;
}

// r = a - b over n limbs; returns the borrow. r may alias a or b.
static dig_t nat_sub_n(dig_t *r, const dig_t *a, const dig_t *b, size_t n) {
    dig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        dig_t s;
        dig_t c1 = __builtin_sub_overflow(a[i], b[i], &s);
        dig_t c2 = __builtin_sub_overflow(s, c, &s);
        r[i] = s;
        c = c1 | c2;
    }
    return c;
}

// r = a - c over n limbs; returns the borrow. r may alias a.
static dig_t nat_sub_1(dig_t *r, const dig_t *a, size_t n, dig_t c) {
    size_t i = 0;
    for (; i < n && c; i++) {
        dig_t x = a[i];
        r[i] = x - c;
        c = x < c;
    }
    if (r != a) {
        for (; i < n; i++) {
            r[i] = a[i];
        }
    }
    return c;
}

// r[0..an) = a + b with an >= bn; returns the carry. r may alias a.
static dig_t nat_add(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    dig_t c = nat_add_n(r, a, b, bn);
    return nat_add_1(r + bn, a + bn, an - bn, c);
}

// r[0..an) = a - b with an >= bn; returns the borrow. r may alias a.
static dig_t nat_sub(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    dig_t c = nat_sub_n(r, a, b, bn);
    return nat_sub_1(r + bn, a + bn, an - bn, c);
}

// r = a * m over n limbs; returns the high limb. r may alias a.
static dig_t nat_mul_1(dig_t *r, const dig_t *a, size_t n, dig_t m) {
    dig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        ddig_t p = (ddig_t)a[i] * m + c;
        r[i] = (dig_t)p;
        c = (dig_t)(p >> 64);
    }
    return c;
}

// r += a * m over n limbs; returns the carry limb.
static dig_t nat_addmul_1(dig_t *r, const dig_t *a, size_t n, dig_t m) {
    dig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        ddig_t p = (ddig_t)a[i] * m + c + r[i];
        r[i] = (dig_t)p;
        c = (dig_t)(p >> 64);
    }
    return c;
}

// r -= a * m over n limbs; returns the borrow limb.
static dig_t nat_submul_1(dig_t *r, const dig_t *a, size_t n, dig_t m) {
    dig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        ddig_t p = (ddig_t)a[i] * m + c;
        dig_t lo = (dig_t)p;
        c = (dig_t)(p >> 64);
        dig_t x = r[i];
        r[i] = x - lo;
        c += x < lo;
    }
    return c;
}

// Division by a single limb with a precomputed reciprocal (Moller and
// Granlund, "Improved division by invariant integers"): two multiplications
// per limb instead of a slow hardware divide.
typedef struct {
    dig_t dn;   // divisor shifted so that its top bit is set
    dig_t v;    // floor((B^2 - 1) / dn) - B
    unsigned s; // the shift
} inv1_t;

static void inv1_init(inv1_t *iv, dig_t d) {
    iv->s = __builtin_clzll(d);
    iv->dn = d << iv->s;
    dig_t r;
    iv->v = div128(~iv->dn, ~(dig_t)0, iv->dn, &r);
}

// (u1 u0) / dn with u1 < dn.
static inline dig_t udiv_preinv(dig_t *r, dig_t u1, dig_t u0, dig_t dn, dig_t v) {
    ddig_t q = (ddig_t)v * u1;
    q += ((ddig_t)(u1 + 1) << 64) | u0;
    dig_t q1 = (dig_t)(q >> 64), q0 = (dig_t)q;
    dig_t rr = u0 - q1 * dn;
    if (rr > q0) {
        q1--;
        rr += dn;
    }
    if (MP_UNLIKELY(rr >= dn)) {
        q1++;
        rr -= dn;
    }
    *r = rr;
    return q1;
}

// q = a / d over n limbs (q may be NULL); returns the remainder. q may
// alias a.
static dig_t nat_divrem_1_preinv(dig_t *q, const dig_t *a, size_t n, const inv1_t *iv) {
    if (n == 0) {
        return 0;
    }
    dig_t dn = iv->dn, v = iv->v, r;
    unsigned s = iv->s;
    if (s == 0) {
        r = 0;
        for (size_t i = n; i-- > 0;) {
            dig_t qq = udiv_preinv(&r, r, a[i], dn, v);
            if (q != NULL) {
                q[i] = qq;
            }
        }
        return r;
    }
    r = a[n - 1] >> (64 - s);
    for (size_t i = n; i-- > 0;) {
        dig_t u0 = (a[i] << s) | (i > 0 ? a[i - 1] >> (64 - s) : 0);
        dig_t qq = udiv_preinv(&r, r, u0, dn, v);
        if (q != NULL) {
            q[i] = qq;
        }
    }
    return r >> s;
}

// q = a / d over n limbs; returns the remainder. q may alias a.
static dig_t nat_divrem_1(dig_t *q, const dig_t *a, size_t n, dig_t d) {
    if (n > 2) {
        inv1_t iv;
        inv1_init(&iv, d);
        return nat_divrem_1_preinv(q, a, n, &iv);
    }
    dig_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        q[i] = div128(rem, a[i], d, &rem);
    }
    return rem;
}

static dig_t nat_rem_1(const dig_t *a, size_t n, dig_t d) {
    if (n > 2) {
        inv1_t iv;
        inv1_init(&iv, d);
        return nat_divrem_1_preinv(NULL, a, n, &iv);
    }
    dig_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        div128(rem, a[i], d, &rem);
    }
    return rem;
}

// r = a << s (0 <= s < 64) over n limbs; returns the bits shifted out.
// r may alias a (r >= a).
static dig_t nat_shl_bits(dig_t *r, const dig_t *a, size_t n, unsigned s) {
    if (n == 0) {
        return 0;
    }
    if (s == 0) {
        memmove(r, a, n * sizeof(dig_t));
        return 0;
    }
    dig_t out = a[n - 1] >> (64 - s);
    for (size_t i = n - 1; i > 0; i--) {
        r[i] = (a[i] << s) | (a[i - 1] >> (64 - s));
    }
    r[0] = a[0] << s;
    return out;
}

// r = a >> s (0 <= s < 64) over n limbs. r may alias a (r <= a).
static void nat_shr_bits(dig_t *r, const dig_t *a, size_t n, unsigned s) {
    if (n == 0) {
        return;
    }
    if (s == 0) {
        memmove(r, a, n * sizeof(dig_t));
        return;
    }
    for (size_t i = 0; i + 1 < n; i++) {
        r[i] = (a[i] >> s) | (a[i + 1] << (64 - s));
    }
    r[n - 1] = a[n - 1] >> s;
}

// r[0..an+bn) = a * b, schoolbook. an, bn >= 1.
static void nat_mul_basecase(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    r[an] = nat_mul_1(r, a, an, b[0]);
    for (size_t j = 1; j < bn; j++) {
        r[an + j] = nat_addmul_1(r + j, a, an, b[j]);
    }
}

// r[0..2n) = a * a, schoolbook using the symmetry. n >= 1.
static void nat_sqr_basecase(dig_t *r, const dig_t *a, size_t n) {
    if (n == 1) {
        ddig_t p = (ddig_t)a[0] * a[0];
        r[0] = (dig_t)p;
        r[1] = (dig_t)(p >> 64);
        return;
    }
    // Off-diagonal products a[i]*a[j], i < j.
    r[0] = 0;
    r[n] = nat_mul_1(r + 1, a + 1, n - 1, a[0]);
    for (size_t i = 1; i + 1 < n; i++) {
        r[n + i] = nat_addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
    }
    r[2 * n - 1] = 0;
    // Double them and add the squares on the diagonal.
    nat_shl_bits(r, r, 2 * n, 1);
    dig_t c = 0;
    for (size_t i = 0; i < n; i++) {
        ddig_t p = (ddig_t)a[i] * a[i];
        ddig_t s = (ddig_t)r[2 * i] + (dig_t)p + c;
        r[2 * i] = (dig_t)s;
        s = (ddig_t)r[2 * i + 1] + (dig_t)(p >> 64) + (dig_t)(s >> 64);
        r[2 * i + 1] = (dig_t)s;
        c = (dig_t)(s >> 64);
    }
}

static void kara_mul(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn, dig_t *scratch);

// Scratch limbs the Karatsuba recursion needs from its arena for operands
// of an >= bn limbs (unbalanced products allocate their own).
static size_t kara_need(size_t an, size_t bn, bool sqr) {
    size_t total = 64;
    for (;;) {
        if (sqr ? an < KARA_SQR_THRESH : bn < KARA_MUL_THRESH) {
            return total;
        }
        size_t h = (an + 1) / 2;
        if (!sqr && bn <= h) {
            return total;
        }
        total += sqr ? 3 * h + 3 : 4 * h + 4;
        an = bn = h + 1;
    }
}

// r = a * b with r of an+bn limbs, dispatching on size. an >= bn >= 1.
static void mul_dispatch(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn, dig_t *scratch) {
    if (a == b && an == bn) {
        if (an < KARA_SQR_THRESH) {
            nat_sqr_basecase(r, a, an);
        } else {
            kara_mul(r, a, an, a, an, scratch);
        }
    } else if (bn < KARA_MUL_THRESH) {
        nat_mul_basecase(r, a, an, b, bn);
    } else {
        kara_mul(r, a, an, b, bn, scratch);
    }
}

static void kara_mul(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn, dig_t *scratch) {
    size_t h = (an + 1) / 2;
    if (bn <= h) {
        // Unbalanced: multiply b by bn-limb chunks of a and accumulate.
        dig_t *t = dig_alloc(2 * bn + kara_need(bn, bn, false));
        scratch = t + 2 * bn;
        memset(r, 0, (an + bn) * sizeof(dig_t));
        for (size_t i = 0; i < an; i += bn) {
            size_t cn = an - i < bn ? an - i : bn;
            if (cn >= bn) {
                mul_dispatch(t, a + i, cn, b, bn, scratch);
            } else {
                mul_dispatch(t, b, bn, a + i, cn, scratch);
            }
            dig_t c = nat_add_n(r + i, r + i, t, cn + bn);
            if (c) {
                size_t off = i + cn + bn;
                nat_add_1(r + off, r + off, an + bn - off, c);
            }
        }
        dig_free(t);
        return;
    }
    // a = a1*B^h + a0, b = b1*B^h + b0; a0 and b0 have h limbs.
    // A square (a == b) shares a0 + a1 for both factors, so that the three
    // sub-products are squares again (mul_dispatch sees a == b).
    bool sqr = a == b && an == bn;
    size_t a1n = an - h, b1n = bn - h;
    dig_t *sa = scratch;
    dig_t *sb = sa;
    dig_t *z1 = sa + h + 1;
    if (!sqr) {
        sb = z1;
        z1 += h + 1;
    }
    scratch = z1 + 2 * h + 2;
    sa[h] = nat_add(sa, a, h, a + h, a1n);
    if (!sqr) {
        sb[h] = nat_add(sb, b, h, b + h, b1n);
    }
    size_t sal = h + (sa[h] != 0), sbl = h + (sb[h] != 0);
    memset(z1, 0, (2 * h + 2) * sizeof(dig_t));
    if (sal >= sbl) {
        mul_dispatch(z1, sa, sal, sb, sbl, scratch);
    } else {
        mul_dispatch(z1, sb, sbl, sa, sal, scratch);
    }
    mul_dispatch(r, a, h, b, h, scratch);  // z0 in r[0..2h)
    if (a1n >= b1n) {
        mul_dispatch(r + 2 * h, a + h, a1n, b + h, b1n, scratch);  // z2
    } else {
        mul_dispatch(r + 2 * h, b + h, b1n, a + h, a1n, scratch);
    }
    nat_sub(z1, z1, 2 * h + 2, r, 2 * h);
    nat_sub(z1, z1, 2 * h + 2, r + 2 * h, a1n + b1n);
    size_t zl = nat_norm(z1, 2 * h + 2);
    nat_add(r + h, r + h, an + bn - h, z1, zl);
}

// r[0..an+bn) = a * b. r must not overlap a or b. Lengths may be 0.
static void nat_mul(dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    if (an < bn) {
        const dig_t *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn == 0) {
        memset(r, 0, an * sizeof(dig_t));
        return;
    }
    bool sqr = a == b && an == bn;
    if ((sqr && an < KARA_SQR_THRESH) || (!sqr && bn < KARA_MUL_THRESH)) {
        mul_dispatch(r, a, an, b, bn, NULL);
        return;
    }
    dig_t *scratch = dig_alloc(kara_need(an, bn, sqr));
    mul_dispatch(r, a, an, b, bn, scratch);
    dig_free(scratch);
}

// Knuth's algorithm D: q[0..an-bn] = a / b, r[0..bn) = a % b.
// an >= bn >= 2, b[bn-1] != 0. q and r may be NULL. Returns whether the
// remainder is non-zero.
// The operands are not shifted into normalised copies: the quotient digit
// estimate only needs the top limbs of the normalised values, computed on
// the fly, while the multiply-subtract works on the original limbs (the
// remainder is shift-invariant). This saves a copy of the divisor and two
// shifting passes.
static bool nat_divmod_knuth(dig_t *q, dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    unsigned s = __builtin_clzll(b[bn - 1]);
    dig_t *w = dig_alloc(an + 1);
    memcpy(w, a, an * sizeof(dig_t));
    w[an] = 0;
    dig_t v1 = b[bn - 1], v2 = b[bn - 2];
    if (s != 0) {
        v1 = (v1 << s) | (b[bn - 2] >> (64 - s));
        v2 = (v2 << s) | (bn >= 3 ? b[bn - 3] >> (64 - s) : 0);
    }
    for (size_t j = an - bn + 1; j-- > 0;) {
        // Top three limbs of the normalised partial remainder.
        const dig_t *t = w + j + bn;
        dig_t u2 = t[0], u1 = t[-1], u0 = t[-2];
        if (s != 0) {
            dig_t w3 = j + bn >= 3 ? t[-3] : 0;
            u2 = (u2 << s) | (t[-1] >> (64 - s));
            u1 = (u1 << s) | (t[-2] >> (64 - s));
            u0 = (u0 << s) | (w3 >> (64 - s));
        }
        dig_t qhat, rhat;
        bool check = true;
        if (u2 >= v1) {
            qhat = DIG_MAX;
            ddig_t rh = (ddig_t)u1 + v1;
            if (rh >> 64) {
                check = false;  // rhat >= B: the estimate cannot be too big by 2
            }
            rhat = (dig_t)rh;
        } else {
            qhat = div128(u2, u1, v1, &rhat);
        }
        if (check) {
            while ((ddig_t)qhat * v2 > (((ddig_t)rhat << 64) | u0)) {
                qhat--;
                dig_t old = rhat;
                rhat += v1;
                if (rhat < old) {
                    break;
                }
            }
        }
        dig_t borrow = nat_submul_1(w + j, b, bn, qhat);
        if (w[j + bn] < borrow) {
            w[j + bn] -= borrow;
            qhat--;
            w[j + bn] += nat_add_n(w + j, w + j, b, bn);
        } else {
            w[j + bn] -= borrow;
        }
        if (q != NULL) {
            q[j] = qhat;
        }
    }
    bool nonzero = nat_norm(w, bn) != 0;
    if (r != NULL) {
        memcpy(r, w, bn * sizeof(dig_t));
    }
    dig_free(w);
    return nonzero;
}

static void bz_3n2n(dig_t *q, dig_t *r, const dig_t *a, const dig_t *b, size_t m);

// Burnikel-Ziegler: a has 2n limbs, b has n limbs with the top bit set,
// a < B^n * b. q gets n limbs, r gets n limbs.
static void bz_2n1n(dig_t *q, dig_t *r, const dig_t *a, const dig_t *b, size_t n) {
    if ((n & 1) || n < BZ_THRESH) {
        size_t al = nat_norm(a, 2 * n);
        memset(q, 0, n * sizeof(dig_t));
        if (al < n) {
            memcpy(r, a, n * sizeof(dig_t));
            return;
        }
        dig_t *qt = dig_alloc(n + 1);
        nat_divmod_knuth(qt, r, a, al, b, n);
        memcpy(q, qt, (al - n + 1 < n ? al - n + 1 : n) * sizeof(dig_t));
        dig_free(qt);
        return;
    }
    size_t m = n / 2;
    dig_t *t = dig_alloc(3 * m);
    bz_3n2n(q + m, t + m, a + m, b, m);  // [A1,A2,A3] / B -> Q1, R = [R1,R2]
    memcpy(t, a, m * sizeof(dig_t));     // [R1,R2,A4]
    bz_3n2n(q, r, t, b, m);
    dig_free(t);
}

// a has 3m limbs, b 2m limbs (top bit set), a < B^m * b. q gets m limbs,
// r gets 2m limbs.
static void bz_3n2n(dig_t *q, dig_t *r, const dig_t *a, const dig_t *b, size_t m) {
    const dig_t *a1 = a + 2 * m, *b1 = b + m;
    dig_t *v = dig_alloc(2 * m + 1 + 2 * m + 2 * m + 1);
    dig_t *d = v + 2 * m + 1;
    dig_t *w = d + 2 * m;
    memcpy(v, a, m * sizeof(dig_t));  // A3
    if (nat_cmp(a1, m, b1, m) < 0) {
        bz_2n1n(q, v + m, a + m, b1, m);
        v[2 * m] = 0;
    } else {
        // q = B^m - 1, R1 = [A1,A2] - q*B1 = [A1,A2] + B1 - B1*B^m < 2*B^m.
        for (size_t i = 0; i < m; i++) {
            q[i] = DIG_MAX;
        }
        memcpy(w, a + m, 2 * m * sizeof(dig_t));
        w[2 * m] = nat_add(w, w, 2 * m, b1, m);
        nat_sub(w + m, w + m, m + 1, b1, m);
        memcpy(v + m, w, (m + 1) * sizeof(dig_t));
    }
    nat_mul(d, q, m, b, m);  // D = q * B2
    dig_t neg = nat_sub(v, v, 2 * m + 1, d, 2 * m);
    while (neg) {
        if (nat_add(v, v, 2 * m + 1, b, 2 * m)) {
            neg = 0;
        }
        nat_sub_1(q, q, m, 1);
    }
    memcpy(r, v, 2 * m * sizeof(dig_t));
    dig_free(v);
}

static bool nat_divmod_bz(dig_t *q, dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    size_t n = bn;
    unsigned j = 0;
    while (n > BZ_THRESH) {
        n = (n + 1) / 2;
        j++;
    }
    n <<= j;
    size_t pad = n - bn;
    unsigned s = __builtin_clzll(b[bn - 1]);
    size_t L = an + pad + 1;
    size_t t = L / n + 1;
    if (t < 2) {
        t = 2;
    }
    dig_t *B = dig_alloc(n + t * n + (t - 1) * n + n + 2 * n);
    dig_t *A = B + n;
    dig_t *Q = A + t * n;
    dig_t *R = Q + (t - 1) * n;
    dig_t *Z = R + n;
    nat_shl_bits(B + pad, b, bn, s);
    A[pad + an] = nat_shl_bits(A + pad, a, an, s);
    bz_2n1n(Q + (t - 2) * n, R, A + (t - 2) * n, B, n);
    for (size_t i = t - 2; i-- > 0;) {
        memcpy(Z, A + i * n, n * sizeof(dig_t));
        memcpy(Z + n, R, n * sizeof(dig_t));
        bz_2n1n(Q + i * n, R, Z, B, n);
    }
    bool nonzero = nat_norm(R, n) != 0;
    if (r != NULL) {
        nat_shr_bits(r, R + pad, bn, s);
    }
    if (q != NULL) {
        memcpy(q, Q, (an - bn + 1) * sizeof(dig_t));
    }
    dig_free(B);
    return nonzero;
}

// q[0..an-bn] = a / b, r[0..bn) = a % b. an >= bn >= 1, b normalised.
// q and r may be NULL; they must not overlap a or b. Returns whether the
// remainder is non-zero.
static bool nat_divmod(dig_t *q, dig_t *r, const dig_t *a, size_t an, const dig_t *b, size_t bn) {
    if (bn == 1) {
        dig_t rem;
        if (q != NULL) {
            rem = nat_divrem_1(q, a, an, b[0]);
        } else {
            rem = nat_rem_1(a, an, b[0]);
        }
        if (r != NULL) {
            r[0] = rem;
        }
        return rem != 0;
    } else if (bn < BZ_THRESH || an - bn < BZ_THRESH) {
        return nat_divmod_knuth(q, r, a, an, b, bn);
    } else {
        return nat_divmod_bz(q, r, a, an, b, bn);
    }
}

// ---------------------------------------------------------------------------
// mpz basics

// Not inlined: the four stores, copied into each of the ~30 callers here,
// cost more than the calls (the big-number work dwarfs a call).
MP_NOINLINE void mpz_init(mpz_t *z) {
    z->len = 0;
    z->alloc = 0;
    z->neg = false;
    z->dig = NULL;
}

void mpz_clear(mpz_t *z) {
    dig_free(z->dig);
    mpz_init(z);
}

void mpz_set_uint(mpz_t *z, uint64_t v) {
    dig_t *d = dig_alloc(1);
    d[0] = v;
    z_set_result(z, d, 1, 1, false);
}

void mpz_set_int(mpz_t *z, int64_t v) {
    uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
    mpz_set_uint(z, mag);
    z->neg = v < 0;
}

void mpz_init_from_int(mpz_t *z, int64_t v) {
    mpz_init(z);
    mpz_set_int(z, v);
}

void mpz_init_from_uint(mpz_t *z, uint64_t v) {
    mpz_init(z);
    mpz_set_uint(z, v);
}

void mpz_set(mpz_t *dest, const mpz_t *src) {
    if (dest == src) {
        return;
    }
    dig_t *d = dig_alloc(src->len);
    if (src->len) {
        memcpy(d, src->dig, src->len * sizeof(dig_t));
    }
    z_set_result(dest, d, src->len ? src->len : 1, src->len, src->neg);
}

void mpz_init_copy(mpz_t *z, const mpz_t *src) {
    mpz_init(z);
    mpz_set(z, src);
}

void mpz_set_double(mpz_t *z, double v) {
    bool neg = v < 0;
    v = fabs(trunc(v));
    if (v < 1.0) {
        z_set_result(z, dig_alloc(1), 1, 0, false);
        return;
    }
    int e;
    double m = frexp(v, &e);  // v = m * 2^e, m in [0.5, 1)
    uint64_t mant = (uint64_t)ldexp(m, 53);  // exact
    e -= 53;
    if (e <= 0) {
        mpz_set_uint(z, mant >> -e);
    } else {
        mpz_t t;
        mpz_t tmp = {1, 1, false, &mant};
        mpz_init(&t);
        mpz_shl(&t, &tmp, (uint64_t)e);
        z_set_result(z, t.dig, t.alloc, t.len, false);
    }
    z->neg = neg && z->len != 0;
}

bool mpz_as_uint64(const mpz_t *z, uint64_t *out) {
    if (z->neg || z->len > 1) {
        return false;
    }
    *out = z->len ? z->dig[0] : 0;
    return true;
}

bool mpz_as_int64(const mpz_t *z, int64_t *out) {
    if (z->len == 0) {
        *out = 0;
        return true;
    }
    if (z->len > 1) {
        return false;
    }
    uint64_t m = z->dig[0];
    if (z->neg) {
        if (m > (uint64_t)1 << 63) {
            return false;
        }
        *out = (int64_t)(0 - m);
    } else {
        if (m >= (uint64_t)1 << 63) {
            return false;
        }
        *out = (int64_t)m;
    }
    return true;
}

uint64_t mpz_as_uint64_wrap(const mpz_t *z) {
    uint64_t m = z->len ? z->dig[0] : 0;
    return z->neg ? 0 - m : m;
}

uint64_t mpz_bit_length(const mpz_t *z) {
    if (z->len == 0) {
        return 0;
    }
    return (uint64_t)z->len * 64 - __builtin_clzll(z->dig[z->len - 1]);
}

uint64_t mpz_popcount(const mpz_t *z) {
    uint64_t n = 0;
    for (size_t i = 0; i < z->len; i++) {
        n += __builtin_popcountll(z->dig[i]);
    }
    return n;
}

uint64_t mpz_ctz(const mpz_t *z) {
    for (size_t i = 0; i < z->len; i++) {
        if (z->dig[i]) {
            return (uint64_t)i * 64 + __builtin_ctzll(z->dig[i]);
        }
    }
    return 0;
}

bool mpz_test_bit(const mpz_t *z, uint64_t n) {
    uint64_t limb = n / 64;
    if (limb >= z->len) {
        return false;
    }
    return (z->dig[limb] >> (n % 64)) & 1;
}

// Top 64 bits of |z| (bit length L > 64) with a sticky bit for the rest.
static uint64_t top64_sticky(const mpz_t *z, uint64_t L) {
    uint64_t shift = L - 64;
    size_t limb = shift / 64;
    unsigned bits = shift % 64;
    uint64_t m = z->dig[limb] >> bits;
    if (bits && limb + 1 < z->len) {
        m |= z->dig[limb + 1] << (64 - bits);
    }
    bool sticky = (z->dig[limb] & (((uint64_t)1 << bits) - 1)) != 0;
    for (size_t i = 0; !sticky && i < limb; i++) {
        sticky = z->dig[i] != 0;
    }
    return m | sticky;
}

bool mpz_as_double(const mpz_t *z, double *out) {
    uint64_t L = mpz_bit_length(z);
    double d;
    if (L <= 64) {
        d = (double)(z->len ? z->dig[0] : 0);
    } else {
        if (L > 1100) {
            return false;
        }
        // 64 bits with a sticky bit round to 53 bits exactly like the
        // whole number would (the sticky bit is far below the round bit).
        d = ldexp((double)top64_sticky(z, L), (int)(L - 64));
        if (isinf(d)) {
            return false;
        }
    }
    *out = z->neg ? -d : d;
    return true;
}

double mpz_frexp(const mpz_t *z, int64_t *exp) {
    uint64_t L = mpz_bit_length(z);
    if (L == 0) {
        *exp = 0;
        return 0.0;
    }
    double m;
    if (L <= 64) {
        m = ldexp((double)z->dig[0], -(int)L);
    } else {
        m = ldexp((double)top64_sticky(z, L), -64);
    }
    int64_t e = (int64_t)L;
    if (m >= 1.0) {  // rounding carried into a new bit
        m *= 0.5;
        e++;
    }
    *exp = e;
    return z->neg ? -m : m;
}

int mpz_cmp_abs(const mpz_t *a, const mpz_t *b) {
    return nat_cmp(a->dig, a->len, b->dig, b->len);
}

int mpz_cmp(const mpz_t *a, const mpz_t *b) {
    if (a->neg != b->neg) {
        return a->neg ? -1 : 1;
    }
    int c = nat_cmp(a->dig, a->len, b->dig, b->len);
    return a->neg ? -c : c;
}

int mpz_cmp_int(const mpz_t *a, int64_t b) {
    dig_t d = b < 0 ? -(uint64_t)b : (uint64_t)b;
    mpz_t t = {b != 0, 1, b < 0, &d};
    return mpz_cmp(a, &t);
}

int mpz_cmp_double(const mpz_t *a, double b) {
    if (isinf(b)) {
        return b > 0 ? -1 : 1;
    }
    int sa = mpz_sign(a);
    int sb = b > 0 ? 1 : (b < 0 ? -1 : 0);
    if (sa != sb) {
        return sa < sb ? -1 : 1;
    }
    if (sa == 0) {
        return 0;
    }
    // Same sign: compare bit lengths first, then exactly.
    int e;
    frexp(b, &e);
    // e may be negative (|b| < 0.5): compare as signed numbers.
    int64_t L = (int64_t)mpz_bit_length(a);
    if (L != (int64_t)e) {
        int c = L < (int64_t)e ? -1 : 1;
        return sa > 0 ? c : -c;
    }
    double ib = trunc(b);
    mpz_t t;
    mpz_init(&t);
    mpz_set_double(&t, ib);
    int c = mpz_cmp(a, &t);
    mpz_clear(&t);
    if (c != 0) {
        return c;
    }
    double frac = b - ib;
    return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
}

void mpz_neg(mpz_t *dest, const mpz_t *a) {
    mpz_set(dest, a);
    dest->neg = dest->len != 0 && !a->neg;
}

void mpz_abs(mpz_t *dest, const mpz_t *a) {
    mpz_set(dest, a);
    dest->neg = false;
}

// ---------------------------------------------------------------------------
// Arithmetic

// dest = a + (bneg ? -|b| : |b|)
static void add_signed(mpz_t *dest, const mpz_t *a, const mpz_t *b, bool bneg) {
    const mpz_t *x = a, *y = b;
    bool xneg = a->neg, yneg = bneg;
    if (nat_cmp(x->dig, x->len, y->dig, y->len) < 0) {
        const mpz_t *t = x;
        x = y;
        y = t;
        bool tn = xneg;
        xneg = yneg;
        yneg = tn;
    }
    // |x| >= |y|
    size_t n = x->len + 1;
    dig_t *r = dig_alloc(n);
    if (xneg == yneg) {
        r[x->len] = nat_add(r, x->dig, x->len, y->dig, y->len);
    } else {
        nat_sub(r, x->dig, x->len, y->dig, y->len);
        r[x->len] = 0;
    }
    z_set_result(dest, r, n, n, xneg);
}

void mpz_add(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    add_signed(dest, a, b, b->neg);
}

void mpz_sub(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    add_signed(dest, a, b, !b->neg);
}

void mpz_add_int(mpz_t *dest, const mpz_t *a, int64_t b) {
    dig_t d = b < 0 ? -(uint64_t)b : (uint64_t)b;
    mpz_t t = {b != 0, 1, b < 0, &d};
    add_signed(dest, a, &t, t.neg);
}

void mpz_mul(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    if (a->len == 0 || b->len == 0) {
        z_set_result(dest, dig_alloc(1), 1, 0, false);
        return;
    }
    size_t n = a->len + b->len;
    dig_t *r = dig_alloc(n);
    nat_mul(r, a->dig, a->len, b->dig, b->len);
    z_set_result(dest, r, n, n, a->neg != b->neg);
}

void mpz_mul_int(mpz_t *dest, const mpz_t *a, int64_t b) {
    dig_t d = b < 0 ? -(uint64_t)b : (uint64_t)b;
    mpz_t t = {b != 0, 1, b < 0, &d};
    mpz_mul(dest, a, &t);
}

// Shared by the truncating and flooring divisions: |a| / |b| with the
// quotient rounded toward zero, or toward -infinity when floor is set.
static void divmod(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b, bool floor) {
    bool qneg = a->neg != b->neg, rneg = a->neg;
    bool adjust_possible = floor && qneg;
    size_t an = a->len, bn = b->len;
    if (nat_cmp(a->dig, an, b->dig, bn) < 0) {
        // |a| < |b|: quotient 0 (or -1 when flooring a non-zero a).
        if (adjust_possible && an != 0) {
            if (r != NULL) {
                dig_t *rd = dig_alloc(bn);
                nat_sub(rd, b->dig, bn, a->dig, an);
                z_set_result(r, rd, bn, bn, b->neg);
            }
            if (q != NULL) {
                mpz_set_int(q, -1);
            }
            return;
        }
        if (r != NULL) {
            mpz_set(r, a);
        }
        if (q != NULL) {
            z_set_result(q, dig_alloc(1), 1, 0, false);
        }
        return;
    }
    size_t qn = an - bn + 1;
    dig_t *qd = q != NULL ? dig_alloc(qn + 1) : NULL;
    dig_t *rd = r != NULL ? dig_alloc(bn) : NULL;
    bool nonzero = nat_divmod(qd, rd, a->dig, an, b->dig, bn);
    if (adjust_possible && nonzero) {
        // Round toward -inf: |q| + 1, and r = b - r (sign of b).
        if (qd != NULL) {
            nat_add_1(qd, qd, qn + 1, 1);
        }
        if (rd != NULL) {
            nat_sub(rd, b->dig, bn, rd, bn);
        }
        rneg = b->neg;
    }
    if (q != NULL) {
        z_set_result(q, qd, qn + 1, qn + 1, qneg);
    }
    if (r != NULL) {
        z_set_result(r, rd, bn, bn, rneg);
    }
}

void mpz_divmod_trunc(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b) {
    divmod(q, r, a, b, false);
}

void mpz_divmod_floor(mpz_t *q, mpz_t *r, const mpz_t *a, const mpz_t *b) {
    divmod(q, r, a, b, true);
}

bool mpz_truediv(const mpz_t *a, const mpz_t *b, double *out) {
    bool neg = a->neg != b->neg;
    if (a->len == 0) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    uint64_t na = mpz_bit_length(a), nb = mpz_bit_length(b);
    if (na <= 53 && nb <= 53) {
        double x = (double)a->dig[0], y = (double)b->dig[0];
        *out = neg ? -(x / y) : x / y;
        return true;
    }
    int64_t ex = (int64_t)na - (int64_t)nb;  // a/b in [2^(ex-1), 2^(ex+1))
    if (ex > 1025) {
        return false;
    }
    if (ex < -1080) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    // Scale by 2^-k so that the quotient has 55..57 bits (at least two bits
    // below the rounding position), or sits at the subnormal scale.
    int64_t k = ex - 55;
    if (k < -1076) {
        k = -1076;
    }
    mpz_t num, den, qq, rr;
    mpz_init(&num);
    mpz_init(&den);
    mpz_init(&qq);
    mpz_init(&rr);
    mpz_abs(&num, a);
    mpz_abs(&den, b);
    if (k < 0) {
        mpz_shl(&num, &num, (uint64_t)-k);
    } else {
        mpz_shl(&den, &den, (uint64_t)k);
    }
    mpz_divmod_trunc(&qq, &rr, &num, &den);
    bool sticky = rr.len != 0;
    uint64_t qf = qq.len ? qq.dig[0] : 0;
    mpz_clear(&num);
    mpz_clear(&den);
    mpz_clear(&qq);
    mpz_clear(&rr);
    int L = qf ? 64 - __builtin_clzll(qf) : 0;
    int64_t drop = L - 53;
    if (drop < -1074 - k) {
        drop = -1074 - k;
    }
    uint64_t qv;
    if (drop <= 0) {
        qv = qf << -drop;  // exact (cannot happen with the scaling above)
    } else {
        qv = qf >> drop;
        uint64_t rem = qf & (((uint64_t)1 << drop) - 1);
        uint64_t half = (uint64_t)1 << (drop - 1);
        if (rem > half || (rem == half && (sticky || (qv & 1)))) {
            qv++;
        }
    }
    double d = ldexp((double)qv, (int)(k + drop));
    if (isinf(d)) {
        return false;
    }
    *out = neg ? -d : d;
    return true;
}

void mpz_pow_uint(mpz_t *dest, const mpz_t *base, uint64_t exp) {
    bool neg = base->neg && (exp & 1);
    if (exp == 0) {
        mpz_set_uint(dest, 1);
        return;
    }
    if (base->len == 0) {
        z_set_result(dest, dig_alloc(1), 1, 0, false);
        return;
    }
    uint64_t bl = mpz_bit_length(base);
    if (bl > 1 && mpz_popcount(base) == 1) {
        // Power of two: a single shift.
        uint64_t sh = bl - 1;
        if (exp > UINT64_MAX / sh) {
            m_malloc_fail(SIZE_MAX);
        }
        dig_t one = 1;
        mpz_t t = {1, 1, false, &one};
        mpz_shl(dest, &t, sh * exp);
        dest->neg = neg;
        return;
    }
    if (bl == 1) {
        mpz_set_uint(dest, 1);
        dest->neg = neg;
        return;
    }
    if (exp > (uint64_t)1 << 40 || bl * exp / 64 > ((size_t)1 << 40)) {
        m_malloc_fail(SIZE_MAX);
    }
    // Left-to-right binary exponentiation; the result has at most
    // bl*exp bits.
    size_t maxlen = (size_t)((bl * exp) / 64 + 2);
    dig_t *r = dig_alloc(maxlen);
    dig_t *t = dig_alloc(maxlen);
    size_t rn = base->len;
    memcpy(r, base->dig, rn * sizeof(dig_t));
    int top = 63 - __builtin_clzll(exp);
    for (int i = top - 1; i >= 0; i--) {
        nat_mul(t, r, rn, r, rn);
        rn = nat_norm(t, 2 * rn);
        dig_t *x = r;
        r = t;
        t = x;
        if ((exp >> i) & 1) {
            nat_mul(t, r, rn, base->dig, base->len);
            rn = nat_norm(t, rn + base->len);
            x = r;
            r = t;
            t = x;
        }
    }
    dig_free(t);
    z_set_result(dest, r, maxlen, rn, neg);
}

void mpz_round_pow10(mpz_t *dest, const mpz_t *a, uint64_t n, bool tie_up) {
    mpz_t p, q, r;
    mpz_init(&p);
    mpz_init(&q);
    mpz_init(&r);
    dig_t ten = 10;
    mpz_t tenz = {1, 1, false, &ten};
    mpz_pow_uint(&p, &tenz, n);
    mpz_divmod_floor(&q, &r, a, &p);
    mpz_add(&r, &r, &r);
    int c = mpz_cmp(&r, &p);
    if (c > 0 || (c == 0 && (tie_up || mpz_is_odd(&q)))) {
        mpz_add_int(&q, &q, 1);
    }
    mpz_mul(dest, &q, &p);
    mpz_clear(&p);
    mpz_clear(&q);
    mpz_clear(&r);
}

// dest = a mod m for a >= 0, m > 0 (magnitudes).
static void mod_pos(mpz_t *dest, const mpz_t *a, const mpz_t *m) {
    mpz_divmod_trunc(NULL, dest, a, m);
}

void mpz_powmod(mpz_t *dest, const mpz_t *base, const mpz_t *exp, const mpz_t *m) {
    mpz_t mod, b, r, t;
    mpz_init(&mod);
    mpz_init(&b);
    mpz_init(&r);
    mpz_init(&t);
    mpz_abs(&mod, m);
    // b = base mod |m| in [0, |m|)
    mpz_divmod_floor(NULL, &b, base, &mod);
    mpz_set_uint(&r, 1);
    mod_pos(&r, &r, &mod);
    uint64_t ebits = mpz_bit_length(exp);
    for (uint64_t i = ebits; i-- > 0;) {
        mpz_mul(&t, &r, &r);
        mod_pos(&r, &t, &mod);
        if (mpz_test_bit(exp, i)) {
            mpz_mul(&t, &r, &b);
            mod_pos(&r, &t, &mod);
        }
    }
    // Python: the result has the sign of the modulus.
    if (m->neg && r.len != 0) {
        mpz_sub(&r, &r, &mod);
    }
    z_set_result(dest, r.dig, r.alloc, r.len, r.neg);
    mpz_clear(&mod);
    mpz_clear(&b);
    mpz_clear(&t);
}

bool mpz_invmod(mpz_t *dest, const mpz_t *a, const mpz_t *m) {
    // Extended Euclid on (a mod m, m), tracking the coefficient of a.
    mpz_t r0, r1, s0, s1, q, t, u;
    mpz_init(&r0);
    mpz_init(&r1);
    mpz_init(&s0);
    mpz_init(&s1);
    mpz_init(&q);
    mpz_init(&t);
    mpz_init(&u);
    mpz_divmod_floor(NULL, &r0, a, m);
    mpz_set(&r1, m);
    mpz_set_uint(&s0, 1);
    mpz_set_uint(&s1, 0);
    while (r1.len != 0) {
        mpz_divmod_floor(&q, &t, &r0, &r1);
        mpz_set(&r0, &r1);
        mpz_set(&r1, &t);
        mpz_mul(&u, &q, &s1);
        mpz_sub(&t, &s0, &u);
        mpz_set(&s0, &s1);
        mpz_set(&s1, &t);
    }
    bool ok = r0.len == 1 && r0.dig[0] == 1 && !r0.neg;
    if (ok) {
        mpz_divmod_floor(NULL, &t, &s0, m);
        z_set_result(dest, t.dig, t.alloc, t.len, t.neg);
        mpz_init(&t);
    }
    mpz_clear(&r0);
    mpz_clear(&r1);
    mpz_clear(&s0);
    mpz_clear(&s1);
    mpz_clear(&q);
    mpz_clear(&t);
    mpz_clear(&u);
    return ok;
}

uint64_t mpz_gcd_u64(uint64_t a, uint64_t b) {
    if (a == 0) {
        return b;
    }
    if (b == 0) {
        return a;
    }
    int sh = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    while (b) {
        b >>= __builtin_ctzll(b);
        if (a > b) {
            uint64_t t = a;
            a = b;
            b = t;
        }
        b -= a;
    }
    return a << sh;
}

void mpz_gcd(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    mpz_t x, y, t;
    mpz_init(&x);
    mpz_init(&y);
    mpz_init(&t);
    mpz_abs(&x, a);
    mpz_abs(&y, b);
    while (y.len > 1) {
        mod_pos(&t, &x, &y);
        mpz_set(&x, &y);
        mpz_set(&y, &t);
    }
    if (y.len == 1) {
        // Finish with machine words.
        uint64_t yv = y.dig[0];
        uint64_t xv = x.len > 1 ? nat_rem_1(x.dig, x.len, yv) : (x.len ? x.dig[0] : 0);
        mpz_set_uint(&x, mpz_gcd_u64(xv, yv));
    }
    z_set_result(dest, x.dig, x.alloc, x.len, false);
    mpz_clear(&y);
    mpz_clear(&t);
}

void mpz_isqrt(mpz_t *dest, const mpz_t *a) {
    if (a->len == 0) {
        z_set_result(dest, dig_alloc(1), 1, 0, false);
        return;
    }
    uint64_t L = mpz_bit_length(a);
    // Newton's iteration from above: x = 2^ceil(L/2) >= sqrt(a).
    mpz_t x, y, t;
    mpz_init(&x);
    mpz_init(&y);
    mpz_init(&t);
    dig_t one = 1;
    mpz_t onez = {1, 1, false, &one};
    mpz_shl(&x, &onez, (L + 1) / 2);
    for (;;) {
        mpz_divmod_trunc(&t, NULL, a, &x);
        mpz_add(&t, &t, &x);
        mpz_shr(&y, &t, 1);
        if (mpz_cmp(&y, &x) >= 0) {
            break;
        }
        mpz_set(&x, &y);
    }
    z_set_result(dest, x.dig, x.alloc, x.len, false);
    mpz_clear(&y);
    mpz_clear(&t);
}

// ---------------------------------------------------------------------------
// Shifts and bitwise operations

void mpz_shl(mpz_t *dest, const mpz_t *a, uint64_t n) {
    if (a->len == 0) {
        z_set_result(dest, dig_alloc(1), 1, 0, false);
        return;
    }
    uint64_t limbs = n / 64;
    if (limbs > ((size_t)1 << 40)) {
        m_malloc_fail(SIZE_MAX);
    }
    unsigned bits = n % 64;
    size_t rn = a->len + (size_t)limbs + 1;
    dig_t *r = dig_alloc(rn);
    r[rn - 1] = nat_shl_bits(r + limbs, a->dig, a->len, bits);
    z_set_result(dest, r, rn, rn, a->neg);
}

void mpz_shr(mpz_t *dest, const mpz_t *a, uint64_t n) {
    uint64_t limbs = n / 64;
    unsigned bits = n % 64;
    if (limbs >= a->len) {
        if (a->neg) {
            mpz_set_int(dest, -1);
        } else {
            z_set_result(dest, dig_alloc(1), 1, 0, false);
        }
        return;
    }
    // For negatives, floor: round the magnitude up if any bit shifted out.
    bool round_up = false;
    if (a->neg) {
        for (size_t i = 0; i < limbs && !round_up; i++) {
            round_up = a->dig[i] != 0;
        }
        if (!round_up && bits) {
            round_up = (a->dig[limbs] & (((uint64_t)1 << bits) - 1)) != 0;
        }
    }
    size_t rn = a->len - (size_t)limbs + 1;
    dig_t *r = dig_alloc(rn);
    nat_shr_bits(r, a->dig + limbs, rn - 1, bits);
    r[rn - 1] = 0;
    if (round_up) {
        nat_add_1(r, r, rn, 1);
    }
    z_set_result(dest, r, rn, rn, a->neg);
}

// Two's complement of z sign-extended to n limbs.
static void to_twos(dig_t *out, const mpz_t *z, size_t n) {
    memcpy(out, z->dig, z->len * sizeof(dig_t));
    memset(out + z->len, 0, (n - z->len) * sizeof(dig_t));
    if (z->neg) {
        for (size_t i = 0; i < n; i++) {
            out[i] = ~out[i];
        }
        nat_add_1(out, out, n, 1);
    }
}

static void from_twos(mpz_t *dest, dig_t *buf, size_t n) {
    bool neg = (buf[n - 1] >> 63) != 0;
    if (neg) {
        for (size_t i = 0; i < n; i++) {
            buf[i] = ~buf[i];
        }
        nat_add_1(buf, buf, n, 1);
    }
    z_set_result(dest, buf, n, n, neg);
}

static void bitwise(mpz_t *dest, const mpz_t *a, const mpz_t *b, int op) {
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    dig_t *x = dig_alloc(n);
    dig_t *y = dig_alloc(n);
    to_twos(x, a, n);
    to_twos(y, b, n);
    for (size_t i = 0; i < n; i++) {
        if (op == 0) {
            x[i] &= y[i];
        } else if (op == 1) {
            x[i] |= y[i];
        } else {
            x[i] ^= y[i];
        }
    }
    dig_free(y);
    from_twos(dest, x, n);
}

void mpz_and(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    bitwise(dest, a, b, 0);
}

void mpz_or(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    bitwise(dest, a, b, 1);
}

void mpz_xor(mpz_t *dest, const mpz_t *a, const mpz_t *b) {
    bitwise(dest, a, b, 2);
}

void mpz_not(mpz_t *dest, const mpz_t *a) {
    // ~a == -a - 1
    mpz_t t;
    mpz_init(&t);
    mpz_neg(&t, a);
    mpz_add_int(&t, &t, -1);
    z_set_result(dest, t.dig, t.alloc, t.len, t.neg);
}

// ---------------------------------------------------------------------------
// Hashing

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

int64_t mpz_hash(const mpz_t *z) {
    uint64_t h = 0;
    for (size_t i = z->len; i-- > 0;) {
        // h = (h * 2^64 + limb) mod P, with 2^64 == 2^3 (mod P).
        uint64_t x = h << 3;  // h < 2^61
        x = (x & HASH_MODULUS) + (x >> 61);
        uint64_t d = z->dig[i];
        d = (d & HASH_MODULUS) + (d >> 61);
        x += d;
        x = (x & HASH_MODULUS) + (x >> 61);
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
        h = x;
    }
    return z->neg ? -(int64_t)h : (int64_t)h;
}

// ---------------------------------------------------------------------------
// Radix conversion

static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

// Largest power of base fitting a limb and its exponent.
static dig_t big_base(int base, int *k) {
    dig_t bb = base;
    int n = 1;
    while (bb <= DIG_MAX / base) {
        bb *= base;
        n++;
    }
    *k = n;
    return bb;
}

// Powers base^(k * 2^i) for the divide-and-conquer conversions.
typedef struct {
    size_t n;
    dig_t *d[64];
    size_t len[64];
} pow_table_t;

// Fills tab up to the first power with at least min_len limbs.
static void pow_table_init(pow_table_t *tab, dig_t bb, size_t min_len) {
    tab->n = 1;
    tab->d[0] = dig_alloc(1);
    tab->d[0][0] = bb;
    tab->len[0] = 1;
    while (tab->len[tab->n - 1] < min_len && tab->n < 64) {
        size_t pl = tab->len[tab->n - 1];
        dig_t *p = dig_alloc(2 * pl);
        nat_mul(p, tab->d[tab->n - 1], pl, tab->d[tab->n - 1], pl);
        tab->d[tab->n] = p;
        tab->len[tab->n] = nat_norm(p, 2 * pl);
        tab->n++;
    }
}

static void pow_table_free(pow_table_t *tab) {
    for (size_t i = 0; i < tab->n; i++) {
        dig_free(tab->d[i]);
    }
}

// Parses len (> 0) validated digits into r (room for len/k+2 limbs);
// returns the limb count.
static size_t parse_basecase(dig_t *r, const char *s, size_t len, int base, dig_t bb, int k) {
    size_t rn = 0;
    size_t first = len % k;
    if (first == 0) {
        first = k;
    }
    size_t i = 0;
    size_t chunk = first;
    while (i < len) {
        dig_t v = 0, mul = 1;
        for (size_t j = 0; j < chunk; j++) {
            v = v * base + digit_value(s[i + j]);
            mul *= base;
        }
        i += chunk;
        chunk = k;
        dig_t c = nat_mul_1(r, r, rn, mul == 0 ? bb : mul);
        if (c) {
            r[rn++] = c;
        }
        c = nat_add_1(r, r, rn, v);
        if (c) {
            r[rn++] = c;
        }
    }
    return nat_norm(r, rn);
}

static size_t parse_dc(dig_t *r, const char *s, size_t len, int base, dig_t bb, int k, pow_table_t *tab) {
    size_t i = tab->n;
    // Largest split with a non-empty high part.
    while (i-- > 0) {
        if (((size_t)k << i) < len) {
            break;
        }
    }
    if (i == (size_t)-1 || len / k < PARSE_DC_THRESH) {
        return parse_basecase(r, s, len, base, bb, k);
    }
    size_t lowd = (size_t)k << i;
    size_t highd = len - lowd;
    size_t cap_hi = highd / k + 4, cap_lo = lowd / k + 4;
    dig_t *hi = dig_alloc(cap_hi + cap_lo);
    dig_t *lo = hi + cap_hi;
    size_t hn = parse_dc(hi, s, highd, base, bb, k, tab);
    size_t ln = parse_dc(lo, s + highd, lowd, base, bb, k, tab);
    size_t rn = hn + tab->len[i];
    if (hn) {
        nat_mul(r, hi, hn, tab->d[i], tab->len[i]);
    } else {
        rn = 0;
    }
    if (rn < ln) {
        memset(r + rn, 0, (ln - rn) * sizeof(dig_t));
        rn = ln;
    }
    r[rn] = nat_add(r, r, rn, lo, ln);
    rn++;
    dig_free(hi);
    return nat_norm(r, rn);
}

bool mpz_from_str(mpz_t *z, const char *str, size_t len, int base) {
    for (size_t i = 0; i < len; i++) {
        if (digit_value(str[i]) >= base) {
            return false;
        }
    }
    while (len > 1 && str[0] == '0') {
        str++;
        len--;
    }
    if ((base & (base - 1)) == 0) {
        // Power of two: pack the bits directly.
        int bits = __builtin_ctz(base);
        size_t rn = (len * bits) / 64 + 1;
        dig_t *r = dig_alloc(rn);
        uint64_t pos = 0;
        for (size_t i = len; i-- > 0;) {
            dig_t v = digit_value(str[i]);
            r[pos / 64] |= v << (pos % 64);
            if (pos % 64 + bits > 64) {
                r[pos / 64 + 1] |= v >> (64 - pos % 64);
            }
            pos += bits;
        }
        z_set_result(z, r, rn, rn, false);
        return true;
    }
    int k;
    dig_t bb = big_base(base, &k);
    size_t rn = len / k + 4;
    dig_t *r = dig_alloc(rn + 1);
    size_t n;
    if (len / k < PARSE_DC_THRESH) {
        n = parse_basecase(r, str, len, base, bb, k);
    } else {
        pow_table_t tab;
        pow_table_init(&tab, bb, rn / 2 + 1);
        n = parse_dc(r, str, len, base, bb, k, &tab);
        pow_table_free(&tab);
    }
    z_set_result(z, r, rn + 1, n, false);
    return true;
}

size_t mpz_str_size(const mpz_t *z, int base) {
    uint64_t bits = mpz_bit_length(z);
    if (bits == 0) {
        return 1;
    }
    // digits <= bits / log2(base) + 1; log2(base) >= floor(log2(base)).
    int lb = 31 - __builtin_clz(base);
    return (size_t)(bits / lb) + 2;
}

static const char *digit_chars(bool upper) {
    return upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
}

// Writes the digits of x (n limbs, destroyed) so that they end at end;
// at least pad digits (leading zeros). Returns the start.
static char *str_basecase(dig_t *x, size_t n, int base, dig_t bb, int k, const char *chars, char *end, size_t pad) {
    char *p = end;
    inv1_t iv;
    inv1_init(&iv, bb);
    while (n > 0) {
        dig_t rem = nat_divrem_1_preinv(x, x, n, &iv);
        n = nat_norm(x, n);
        for (int j = 0; j < k; j++) {
            *--p = chars[rem % base];
            rem /= base;
            if (n == 0 && rem == 0) {
                break;
            }
        }
    }
    while ((size_t)(end - p) < pad) {
        *--p = '0';
    }
    return p;
}

static char *str_dc(const dig_t *x, size_t n, size_t i, int base, dig_t bb, int k, const char *chars,
    pow_table_t *tab, char *end, size_t pad) {
    // Find the largest power not exceeding x.
    while (i > 0 && nat_cmp(x, n, tab->d[i], tab->len[i]) < 0) {
        i--;
    }
    if (i == 0 || n < STR_DC_THRESH) {
        dig_t *t = dig_alloc(n);
        memcpy(t, x, n * sizeof(dig_t));
        char *p = str_basecase(t, n, base, bb, k, chars, end, pad);
        dig_free(t);
        return p;
    }
    const dig_t *P = tab->d[i];
    size_t pl = tab->len[i];
    size_t qn = n - pl + 1;
    dig_t *q = dig_alloc(qn + pl);
    dig_t *r = q + qn;
    nat_divmod(q, r, x, n, P, pl);
    size_t lowd = (size_t)k << i;
    char *p = str_dc(r, nat_norm(r, pl), i - 1, base, bb, k, chars, tab, end, lowd);
    p = str_dc(q, nat_norm(q, qn), i - 1, base, bb, k, chars, tab, p, pad > lowd ? pad - lowd : 0);
    dig_free(q);
    return p;
}

size_t mpz_to_str(const mpz_t *z, int base, bool upper, char *buf) {
    const char *chars = digit_chars(upper);
    if (z->len == 0) {
        buf[0] = '0';
        return 1;
    }
    if ((base & (base - 1)) == 0) {
        int bits = __builtin_ctz(base);
        uint64_t total = mpz_bit_length(z);
        size_t nd = (size_t)((total + bits - 1) / bits);
        for (size_t i = 0; i < nd; i++) {
            uint64_t pos = (uint64_t)(nd - 1 - i) * bits;
            dig_t v = z->dig[pos / 64] >> (pos % 64);
            if (pos % 64 + bits > 64 && pos / 64 + 1 < z->len) {
                v |= z->dig[pos / 64 + 1] << (64 - pos % 64);
            }
            buf[i] = chars[v & (base - 1)];
        }
        return nd;
    }
    size_t size = mpz_str_size(z, base);
    char *end = buf + size;
    int k;
    dig_t bb = big_base(base, &k);
    char *p;
    if (z->len < STR_DC_THRESH) {
        dig_t *t = dig_alloc(z->len);
        memcpy(t, z->dig, z->len * sizeof(dig_t));
        p = str_basecase(t, z->len, base, bb, k, chars, end, 0);
        dig_free(t);
    } else {
        pow_table_t tab;
        pow_table_init(&tab, bb, z->len / 2 + 2);
        p = str_dc(z->dig, z->len, tab.n - 1, base, bb, k, chars, &tab, end, 0);
        pow_table_free(&tab);
    }
    size_t n = end - p;
    memmove(buf, p, n);
    return n;
}

// ---------------------------------------------------------------------------
// Bytes

void mpz_from_bytes(mpz_t *z, const uint8_t *buf, size_t len, bool big_endian, bool is_signed) {
    size_t n = len / 8 + 1;
    dig_t *r = dig_alloc(n);
    for (size_t i = 0; i < len; i++) {
        uint8_t b = big_endian ? buf[len - 1 - i] : buf[i];
        r[i / 8] |= (dig_t)b << (8 * (i % 8));
    }
    if (is_signed && len > 0 && ((big_endian ? buf[0] : buf[len - 1]) & 0x80)) {
        // Sign-extend to n limbs, then take the two's complement.
        for (size_t i = len; i < n * 8; i++) {
            r[i / 8] |= (dig_t)0xff << (8 * (i % 8));
        }
        from_twos(z, r, n);
        return;
    }
    z_set_result(z, r, n, n, false);
}

bool mpz_to_bytes(const mpz_t *z, uint8_t *buf, size_t len, bool big_endian, bool is_signed) {
    if (z->neg && !is_signed) {
        return false;
    }
    uint64_t bits = mpz_bit_length(z);
    if (bits == 0) {
        memset(buf, 0, len);
        return true;
    }
    if (is_signed) {
        // Needs bits + 1 bits, except for -2^(bits-1) exactly.
        bool exact_pow2_neg = z->neg && mpz_popcount(z) == 1;
        uint64_t need = exact_pow2_neg ? bits : bits + 1;
        if (need > (uint64_t)len * 8) {
            return false;
        }
    } else if (bits > (uint64_t)len * 8) {
        return false;
    }
    size_t n = z->len + 1;
    dig_t *t = dig_alloc(n);
    to_twos(t, z, n);
    uint8_t fill = z->neg ? 0xff : 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t b = i < n * 8 ? (uint8_t)(t[i / 8] >> (8 * (i % 8))) : fill;
        if (big_endian) {
            buf[len - 1 - i] = b;
        } else {
            buf[i] = b;
        }
    }
    dig_free(t);
    return true;
}

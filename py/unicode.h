// unicode.h: UTF-8 and character helpers beyond those declared in misc.h
// (shared by objstr.c, objstrformat.c, objbytes.c and anyone who needs them).
#ifndef MP_PY_UNICODE_H
#define MP_PY_UNICODE_H

#include "misc.h"

// Why utf8_check failed.
#define UTF8_ERR_START (1)  // "invalid start byte"
#define UTF8_ERR_CONT (2)   // "invalid continuation byte"
#define UTF8_ERR_END (3)    // "unexpected end of data"

// Strict UTF-8 validation; on failure gives the position of the bad
// sequence, its end (exclusive) and the kind of error.
bool utf8_check(const byte *s, size_t len, size_t *err_pos, int *err_kind, size_t *err_end);
bool utf8_is_ascii(const byte *s, size_t len);
// Byte size of the character at s (1..4), consistent with utf8_get_char.
size_t utf8_char_size(const byte *s, size_t len);
// Start of the character ending just before p (p > start).
const byte *utf8_prev_char(const byte *start, const byte *p);

bool unichar_isdecimal(uint32_t c);
bool unichar_isnumeric(uint32_t c);
bool unichar_isalnum(uint32_t c);
bool unichar_isprintable(uint32_t c);
bool unichar_istitle(uint32_t c);
bool unichar_iscased(uint32_t c);
bool unichar_iscase_ignorable(uint32_t c);
bool unichar_isxid_start(uint32_t c);     // str.isidentifier: first character
bool unichar_isxid_continue(uint32_t c);  // ... and the following ones
int unichar_decimal_value(uint32_t c);  // 0..9 or -1
uint32_t unichar_totitle(uint32_t c);
// Multi-character mappings; return the count written to out[0..3) or 0.
int unichar_special_upper(uint32_t c, uint32_t *out);
int unichar_special_lower(uint32_t c, uint32_t *out);
int unichar_special_title(uint32_t c, uint32_t *out);
int unichar_casefold(uint32_t c, uint32_t *out);  // always >= 1

#endif

// math_gamma.h: gamma and lgamma (math_gamma.c) for the math module.
#ifndef MP_EXTMOD_MATH_GAMMA_H
#define MP_EXTMOD_MATH_GAMMA_H

#define MP_MATH_OK 0
#define MP_MATH_EDOM 1    // domain error (pole, -inf)
#define MP_MATH_ERANGE 2  // overflow

// Return the value and set *err to one of the codes above.
double mp_math_gamma(double x, int *err);
double mp_math_lgamma(double x, int *err);

#endif

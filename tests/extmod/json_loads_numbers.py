# numbers: ints of any size, floats, exponents, special constants
import json

for s in ['0', '-0', '7', '-7', '1234567890123', '12345678901234567890123456789',
          '-99999999999999999999999', '1.5', '-0.0', '0.1', '1e5', '1E5', '1e+5', '1e-5',
          '2.5E-3', '-1.25e10', '1.7976931348623157e308', '5e-324', '1e400', '123.456e-2',
          'NaN', 'Infinity', '-Infinity', '[1.0, 2, 3e0]', '9007199254740993']:
    v = json.loads(s)
    print(s, repr(v), type(v).__name__ if not isinstance(v, list) else [type(x).__name__ for x in v])
print(json.loads('1125899906842624') + 1, json.loads('-1125899906842625') - 1)
print(json.loads('[10, -10, 100000000000000000000]'))
for bad in ['01', '1.', '.5', '+1', '1e', '-', '--1', '0x10', '1_000', 'nan', 'inf', '-Inf', '1.e3']:
    try:
        print(bad, json.loads(bad))
    except ValueError as e:
        print(bad, 'ValueError', e)

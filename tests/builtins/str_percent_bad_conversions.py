# printf-style formatting: '%' conversions with flags/width, unsupported conversion characters and their indexes
for f, a in [('%5%', ()), ('%5%', (1,)), ('%-%', ()), ('%(a)%', {'a': 1}), ('%\u00e9', 1), ('\u00e9\u00e9%\u00e9', 1), ('ab%\U0001f600', 1), ('%y', 1), ('x\u20ac%q', 1), (b'\xe9%q', 1)]:
    try:
        print(repr(f), repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__, e)

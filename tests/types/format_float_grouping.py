# thousands grouping with ',' and '_' for floats, with zero padding and precision
vals = [0.0, 1.5, 999.999, 1000.0, -1234567.891, 12345678901234.5, 1e20, 0.000123, -1e-3]
for v in vals:
    for spec in (',', '_', ',.2f', '_.3f', ',f', ',e', ',g', ',.1%', '015,.2f', '020_.1f', '>15,.0f', '+,.4g', '0=16,.2f'):
        print(repr(spec), repr(format(v, spec)))
for bad in (',,', ',_', '_,', ',n', '_c', ',x'):
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print('ValueError', e)

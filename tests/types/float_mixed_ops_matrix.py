# every binary operator and conversion over a matrix of int, bool, big-int, float and complex operands
vals = [0, 1, -1, 2, -3, 7, 2**50 - 1, -(2**50), 2**63, -(2**64) - 5, 10**30 + 7, True, False, 0.0, -0.0, 0.5, -2.5, 1e16, 3.7e-5,
        1e308, float('inf'), float('-inf'), float('nan'), 0j, 1 + 2j, -0.5j, complex(1e308, 1)]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '<=', '==', '!=', '>', '>=']
for a in vals:
    row = []
    for b in vals:
        for op in ops:
            if op == '**' and isinstance(b, int) and abs(b) > 1000:
                row.append('skip')
                continue
            if op == '<<' and isinstance(b, int) and b > 1000:
                row.append('skip')
                continue
            try:
                r = eval('a ' + op + ' b')
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__)
    for f in (abs, lambda x: -x, lambda x: +x, lambda x: ~x, bool, lambda x: x if x != x else hash(x), int, float, complex, round, lambda x: divmod(x, 3), str):
        try:
            row.append(repr(f(a)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(a), ' '.join(row))

# float comparisons with nan/inf/-0.0, mixed int/float, sorting with nan, min/max
nan, inf = float('nan'), float('inf')
print(nan == nan, nan != nan, nan < 1, nan >= nan, inf == inf, -inf < inf, 0.0 == -0.0, inf > 10**400)
print([nan] == [nan], nan in [nan], (lambda x: x is x)(nan))
x = nan
print([x] == [x], x in [x], x in (x,), x in {x})
print(max(1.0, nan), max(nan, 1.0), min(-0.0, 0.0), min(0.0, -0.0), max(-0.0, 0.0))
print(sorted([3.0, -0.0, 0.0, -1e-300, 1e-300, inf, -inf]))
print(1.0 == True, 0.0 == False, 1.5 > True, hash(1.0) == hash(True))
print(float('-0.0') == 0, str(float('-0.0')), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1e308 * 10 == inf, -1e308 * 10 == -inf, (inf - inf) != (inf - inf))
print(2.0 ** 53 == 2**53, 2.0 ** 53 + 1 == 2**53 + 1, 1e300 == 10**300, 1e300 < 10**300)
print(float.__eq__(1.0, 1), float.__lt__(1.0, 2), float.__eq__(1.0, '1'))

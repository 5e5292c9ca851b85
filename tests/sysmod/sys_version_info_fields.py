import sys
v = sys.version_info
print(v >= (3, 4), v < (4,), v[0], len(v[:2]), len(v) >= 3, v.major >= 3, type(v.minor))
a, b, c = v[:3]
print(a == v.major, b == v.minor, c == v.micro, sys.maxunicode)
print(v == tuple(v), (3, 4) <= v)

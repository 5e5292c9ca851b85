# augmented assignment with every operator
x = 10
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x &= 0b1110; print(x)
x |= 0b10001; print(x)
x ^= 0b11111; print(x)
f = 7
f /= 2; print(f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {'k': 1}
d['k'] += 10
print(d)
class O: pass
o = O(); o.a = 5
o.a -= 2
print(o.a)
m = [[1, 2], [3, 4]]
m[1][0] *= 100
print(m)
big = 2
big **= 100
print(big)

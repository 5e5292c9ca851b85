# matrices as lists of lists: multiplication, transpose, determinant, power
def mat_mul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    if len(a[0]) != m:
        raise ValueError("shape mismatch")
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

def transpose(a):
    return [list(row) for row in zip(*a)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = mat_mul(result, a)
        a = mat_mul(a, a)
        e >>= 1
    return result

def det(a):
    if len(a) == 1:
        return a[0][0]
    if len(a) == 2:
        return a[0][0] * a[1][1] - a[0][1] * a[1][0]
    total = 0
    for j in range(len(a)):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        total += (-1) ** j * a[0][j] * det(minor)
    return total

def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(width) for v in row))

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B))
show(transpose(A))
show(mat_mul(B, A))
try:
    mat_mul(A, A)
except ValueError as e:
    print("ValueError:", e)
fib = mat_pow([[1, 1], [1, 0]], 90)
print(fib[0][1])
print(mat_pow([[1, 1], [1, 0]], 300)[0][1])
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det(identity(4)), det([[1, 2], [2, 4]]))
show(mat_mul(M, identity(3)))
R = [[0, -1], [1, 0]]
print(mat_pow(R, 4) == identity(2), mat_pow(R, 2))
F = [[0.5, 0.25], [0.125, 1.0]]
print(mat_mul(F, F))

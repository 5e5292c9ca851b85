# break and continue in nested loops
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print("found", found)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print("i", i, "j", j)
    i += 1
res = []
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 4:
                res.append((a, b, c))
                break
print(res)
for x in range(3):
    try:
        if x == 1:
            continue
        print("body", x)
    finally:
        print("finally", x)

# for loops with else, break, continue
for i in range(3):
    print("i", i)
else:
    print("done", i)
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not reached")
print("broke at", x)
for c in "":
    print("never")
else:
    print("empty loop else")
def is_prime(n):
    for d in range(2, n):
        if n % d == 0:
            return False
    else:
        return n > 1
print([n for n in range(20) if is_prime(n)])
for i in range(5):
    if i % 2 == 0:
        continue
    print("odd", i)
else:
    print("else after continue")
for k, v in sorted({'b': 2, 'a': 1}.items()):
    print(k, v)
total = 0
for i in range(10):
    total += i
    i = 100   # rebinding loop var does not affect iteration
print(total)

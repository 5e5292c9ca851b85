# while loops with else, break, continue
i = 0
while i < 5:
    i += 1
else:
    print("while ended normally, i =", i)
i = 0
while i < 10:
    if i == 3:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")
i = 0
out = []
while i < 10:
    i += 1
    if i % 3:
        continue
    out.append(i)
else:
    out.append("else")
print(out)
while False:
    print("never")
else:
    print("else of never-entered loop")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            return i
        i += 1
    else:
        return -1
print(find([4, 5, 6], 6), find([4, 5, 6], 7))

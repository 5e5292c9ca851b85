# nested try blocks inside loops
results = []
for i in range(6):
    try:
        try:
            if i % 2 == 0:
                raise ValueError(i)
            if i == 3:
                raise KeyError(i)
            results.append(("ok", i))
        except ValueError as e:
            results.append(("inner", e.args[0]))
            if i == 4:
                raise
        finally:
            results.append(("f", i))
    except (KeyError, ValueError) as e:
        results.append(("outer", type(e).__name__))
print(results)
def retry(fn, attempts):
    for n in range(attempts):
        try:
            return fn(n)
        except RuntimeError:
            print("attempt", n, "failed")
    return "gave up"
def flaky(n):
    if n < 2:
        raise RuntimeError("not yet")
    return "success on attempt %d" % n
print(retry(flaky, 4))
print(retry(flaky, 2))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("finally", count)
print("count", count)
total = 0
for s in ["1", "x", "3", "", "5"]:
    try:
        total += int(s)
    except ValueError:
        continue
    finally:
        total += 100
print(total)

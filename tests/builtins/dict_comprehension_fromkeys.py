# dict built many ways: comprehension, fromkeys sharing values, zip, nested, key overwrite order
squares = {n: n * n for n in range(6)}
print(squares, {k: v for k, v in squares.items() if v % 2}, {v: k for k, v in squares.items()}[16])
shared = dict.fromkeys("abc", [])
shared["a"].append(1)
print(shared, shared["a"] is shared["c"])
own = {k: [] for k in "abc"}
own["a"].append(1)
print(own)
print(dict(zip(range(3), "xyz")), dict(enumerate("pq", 1)), dict([("k", 1), ("k", 2)]), {1: "a", 1.0: "b", True: "c"})
order = {}
for k in ["z", "a", "m", "a", "z"]:
    order[k] = order.get(k, 0) + 1
print(list(order), order)
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested[2][2], nested, {k: sum(v.values()) for k, v in nested.items()})
print({**dict.fromkeys(range(3), 0), 1: "one"}, dict(dict.fromkeys("ab"), c=3), dict.fromkeys([], 5), dict.fromkeys((1, 1, 2)))

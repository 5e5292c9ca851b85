# dict comprehensions
print({x: x * x for x in range(5)})
print({c: i for i, c in enumerate("hello")})
words = ["apple", "banana", "cherry", "avocado"]
print({w[0]: w for w in words})
print({w: len(w) for w in words if len(w) > 5})
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: [k] * k for k in range(3)})
nested = {i: {j: i + j for j in range(2)} for i in range(2)}
print(nested)
print(len({i % 3: i for i in range(10)}), {i % 3: i for i in range(10)})

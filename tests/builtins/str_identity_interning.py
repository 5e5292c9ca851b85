# strings built in different ways (literals, concatenation, join, slicing, decode, format) behave the same as keys and names
parts = ["na", "me"]
built = [
    "name",
    "na" + "me",
    "".join(parts),
    "xname"[1:],
    b"name".decode(),
    "%s%s" % ("na", "me"),
    "{}{}".format("na", "me"),
    f"{'na'}{'me'}",
    "NAME".lower(),
    str("name"),
    "name "[:-1],
    "".join(reversed("eman")),
    bytearray(b"name").decode("ascii"),
    "n" "ame",
]
acc = ""
for ch in "name":
    acc += ch
built.append(acc)
d = {"name": 1}
class O:
    name = "cls"
o = O()
for s in built:
    print(s == "name", hash(s) == hash("name"), d.get(s), s in d, s in {"name"}, getattr(o, s), hasattr(O, s), len(s), s.upper())
for s in built:
    setattr(o, s, s.upper())
    print(o.name, end=" ")
print()
keys = {}
for s in built:
    keys[s] = keys.get(s, 0) + 1
print(keys)
g = {}
exec(acc + " = 5", g)
print(g["name"], g[built[2]])
big = "x" * 1000
big2 = "".join(["x"] * 1000)
print(big == big2, hash(big) == hash(big2), {big: 1}[big2], big[500:503], big.count("x"))
s = ""
for i in range(300):
    s += chr(0x61 + i % 26)
t = s
s += "!"
print(len(s), len(t), s[-2:], t[-1], s.startswith(t), s[:300] == t, hash(s[:300]) == hash(t))
u = "\u00e9"
for i in range(5):
    u += "\u20ac"
print(u, len(u), u[3], u.encode()[:4], u.find("\u20ac"))

# nested data structures built from dicts and lists
db = {
    "users": [
        {"name": "ann", "age": 31, "tags": ["admin", "dev"]},
        {"name": "bob", "age": 25, "tags": ["dev"]},
        {"name": "cid", "age": 40, "tags": []},
    ],
    "version": 2,
}
print(len(db["users"]), db["users"][1]["name"], db["users"][0]["tags"][-1])
print([u["name"] for u in db["users"] if "dev" in u["tags"]])
by_tag = {}
for u in db["users"]:
    for t in u["tags"]:
        by_tag.setdefault(t, []).append(u["name"])
print(sorted(by_tag.items()))
print(sum(u["age"] for u in db["users"]) / len(db["users"]))
oldest = max(db["users"], key=lambda u: u["age"])
print(oldest["name"])
db["users"][2]["tags"].append("new")
print(db["users"][2])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}]}]}
def total(n):
    return n["v"] + sum(total(k) for k in n["kids"])
print(total(tree))
print(db == {"users": db["users"], "version": 2})

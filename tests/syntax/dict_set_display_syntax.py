# display syntax for containers
print([], [1], [1,], [1, 2,])
print((), (1,), (1, 2,), 1,)
print({}, {1: 2}, {1: 2,}, type({}).__name__)
print({1}, {1,}, type({1}).__name__)
print(sorted({3, 1, 2}))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print([*range(3), *"ab"])
print((*[1, 2], 3))
print(sorted({*[1, 2], *(2, 3)}))
print([[]], [()], [{}])
print({(1, 2): [3]})
print([x for x in range(3)], {x for x in range(2)}, {x: x for x in range(2)})
t = 1, 2, 3
print(t, type(t).__name__)
empty_t = ()
print(len(empty_t), len(()), len(((),)))
print([1, [2, [3, [4]]]])
d = {
    "nested": {"deeper": [1, {"x": (1,)}]},
}
print(d["nested"]["deeper"][1]["x"][0])

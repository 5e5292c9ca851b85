for f in [lambda: [].append(), lambda: len(1,2), lambda: divmod(1), lambda: [].pop(1,2), lambda: [].copy(1), lambda: getattr(1), lambda: [].insert(1), lambda: abs(), lambda: len(x=1), lambda: [].append(x=1), lambda: list.append(), lambda: "".join(), lambda: {}.get()]:
    try: f()
    except TypeError as e: print(e)
print(len, list.append, [].append.__name__, list.append.__qualname__, len.__name__, int.to_bytes.__name__, dict.fromkeys.__name__)
print(repr([].append)[:35])

# input() with stdin at EOF raises EOFError after writing the prompt
try:
    input()
except EOFError as e:
    print("EOFError", e.args)
try:
    input("prompt: ")
except EOFError:
    print()
    print("EOFError again")
try:
    input("a", "b")
except TypeError:
    print("TypeError")

# indentation with different amounts of spaces per block
def f(x):
  if x > 0:
        if x > 10:
         return "big"
        else:
            return "small"
  else:
   return "neg"

print(f(1), f(100), f(-5))

for i in range(3):
    if i % 2:
                print("odd", i)
    else:
     print("even", i)

class A:
 def m(self):
         return 42
print(A().m())

# a block ending several levels at once
def g():
    for i in range(2):
        for j in range(2):
            if i == j:
                print("eq", i, j)
    print("done g")
g()

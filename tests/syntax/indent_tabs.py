# indentation with tabs, and blocks mixing tabs consistently
def f(n):
	t = 0
	for i in range(n):
		if i % 2 == 0:
			t += i
		else:
			t -= 1
	return t

print(f(10))

class C:
	def __init__(self):
		self.v = [1, 2]
	def total(self):
		return sum(self.v)
print(C().total())

if True:
	x = 1
	if x:
		print("tab nested", x)
print("end")

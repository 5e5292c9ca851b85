# all the quoting forms of string literals
print('single', "double")
print('it"s', "it's")
print('''triple single''', """triple double""")
s = """line1
line2
  line3"""
print(s)
print(len(s), s.count("\n"))
t = '''a 'quoted' "mixed" string'''
print(t)
print("""ends with quote\"""")
print('', "", '''''', """""")
print(len(''), len(""""""))
u = """\
no leading newline"""
print(u)
print("a\
b")
print("tab\there")
print('x' 'y' "z" '''w''')
print(("multi"
       "line"
       "concat"))
print('%s' % "percent")
print(repr('a\'b'), repr("a\"b"), repr('a"b\'c'))

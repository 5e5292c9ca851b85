#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# comments in many places
x = 1  # trailing comment
# x = 2
print(x)  # print it
s = "# not a comment"
print(s)
t = '''
# inside a triple string
'''
print(t.strip())
l = [1,  # one
     2,  # two
     # three is missing
     4]
print(l)
def f():  # def comment
    # body comment
    return 5  # return comment
print(f())
#
##
# end

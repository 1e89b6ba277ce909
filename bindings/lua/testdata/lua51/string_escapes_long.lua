print("\65\066\x43" == "ABx43", "\65\066")
print([[line1
line2]])
print([==[a]]b]==])
print("a\
b")
print(#"\n\t\\")

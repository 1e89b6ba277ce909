print(pcall(assert, false))
print(pcall(assert, nil, "custom"))
print(pcall(assert, 1, 2))
print(select("#", assert(1, 2, 3)))

local t = {}
t[1] = "num" t["1"] = "str" t[1.5] = "float"
print(t[1], t["1"], t[1.5], t[3/2])

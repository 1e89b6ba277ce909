local t = {}
print(table.remove(t), #t)
table.insert(t, 1, "a")
table.insert(t, 1, "b")
print(table.concat(t, ","), table.remove(t, 1), table.concat(t, ","))

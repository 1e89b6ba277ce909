local t = {}
table.insert(t, "a") table.insert(t, "c") table.insert(t, 2, "b")
print(table.concat(t, ","), #t)
print(table.remove(t), table.concat(t, ","))
print(table.remove(t, 1), table.concat(t, ","))
print(table.concat({1, 2, 3}, "-", 2, 3))
print(table.concat({}, ","), table.maxn({1, 2, [10] = 3}))
local s = {5, 2, 8, 1}
table.sort(s) print(table.concat(s, " "))
table.sort(s, function(a, b) return a > b end) print(table.concat(s, " "))
local w = {"banana", "Apple", "cherry"}
table.sort(w) print(table.concat(w, " "))

local t = {3.5, 1, 2, 10, -1}
table.sort(t)
print(table.concat(t, " "))
local words = {"b", "a", "c"}
table.sort(words, function(x, y) return x > y end)
print(table.concat(words))
print((pcall(table.concat, {1, {}, 3})))

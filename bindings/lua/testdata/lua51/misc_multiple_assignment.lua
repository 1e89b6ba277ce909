local a, b, c = 1, 2
print(a, b, c)
a, b = b, a
print(a, b)
local t = {}
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local x, y = (function() return 1, 2 end)()
print(x, y)

local t = {a = 1, b = 2, c = 3}
for k in pairs(t) do t[k] = nil end
print(next(t))

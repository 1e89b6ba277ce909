local t = {1, 2, 3}
for i, v in ipairs(t) do t[i] = v * 10 end
print(table.concat(t, ","))
local s = {a = 1, b = 2}
for k, v in pairs(s) do s[k] = v + 1 end
print(s.a, s.b)

for i = 1, 3 do local j = i i = i * 10 io.write(j, ":", i, " ") end print()
local t = {}
for i = 1, 3 do t[i] = function() return i end end
print(t[1](), t[2](), t[3]())

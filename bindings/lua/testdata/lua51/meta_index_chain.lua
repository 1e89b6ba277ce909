local A = {a = 1}
local B = setmetatable({b = 2}, {__index = A})
local C = setmetatable({c = 3}, {__index = B})
print(C.a, C.b, C.c, C.d)
print(rawequal(C, C), rawequal(C, B))

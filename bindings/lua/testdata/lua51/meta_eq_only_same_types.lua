local mt = {__eq = function() return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, a == 1, a ~= b)
local c = setmetatable({}, {__eq = function() return true end})
print(a == c)

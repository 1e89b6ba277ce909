local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({x = a.x + b.x}, V) end
V.__sub = function(a, b) return setmetatable({x = a.x - b.x}, V) end
V.__mul = function(a, b) return setmetatable({x = a.x * (type(b) == "number" and b or b.x)}, V) end
V.__unm = function(a) return setmetatable({x = -a.x}, V) end
V.__eq = function(a, b) return a.x == b.x end
V.__lt = function(a, b) return a.x < b.x end
V.__le = function(a, b) return a.x <= b.x end
V.__tostring = function(a) return "V(" .. a.x .. ")" end
V.__concat = function(a, b) return tostring(a) .. "|" .. tostring(b) end
local function v(x) return setmetatable({x = x}, V) end
print(tostring(v(1) + v(2)), tostring(v(5) - v(3)), tostring(v(2) * 3), tostring(-v(4)))
print(v(1) == v(1), v(1) ~= v(2), v(1) < v(2), v(2) <= v(2), v(3) > v(2))
print(v(1) .. v(2), v(1) .. "s", "s" .. v(2))

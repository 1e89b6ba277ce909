local c = setmetatable({}, {__call = function(self, a, b) return a + b, self end})
local r, s = c(2, 3)
print(r, s == c)
print(tostring(setmetatable({}, {__tostring = function() return "custom" end})))

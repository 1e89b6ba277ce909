local calls = 0
local function t() calls = calls + 1 return true end
local function f() calls = calls + 1 return false end
print(f() and t(), calls)
print(t() or f(), calls)
print(nil and nil, false or nil, (nil or false) == false)

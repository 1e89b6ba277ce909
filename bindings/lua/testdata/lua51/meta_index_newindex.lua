local base = {greet = function(self) return "hi " .. self.name end}
local obj = setmetatable({name = "x"}, {__index = base})
print(obj:greet())
local log = {}
local p = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v * 2) end})
p.a = 1 p.a = 5
print(p.a, #log)
local d = setmetatable({}, {__index = function(t, k) return k .. "!" end})
print(d.foo, rawget(d, "foo"))

local T = {}
function T:it() local i = 0 return function() i = i + 1 if i <= 2 then return i end end end
local function mk() return {images = T} end
for c in mk().images:it() do print("call field method", c) end
for k, v in pairs({a = 1}) do print(k, v) end

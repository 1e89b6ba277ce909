local x = 1
do local x = 2 print(x) end
print(x)
local function shadow(x) local x = x + 1 return x end
print(shadow(5))
g_global = "g"
print(g_global, _G.g_global, _G["g_global"])

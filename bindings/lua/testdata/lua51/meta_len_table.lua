-- known difference: gopher-lua calls a table's __len metamethod for #t, as Lua 5.2 does; Lua 5.1 ignores __len on tables
local t = setmetatable({1, 2, 3}, {__len = function() return 42 end})
print(#t)

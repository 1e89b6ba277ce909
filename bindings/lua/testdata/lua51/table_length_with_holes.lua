-- known difference: the length of a table with holes is any border (Lua 5.1 manual, 2.5.5): here Lua 5.1 gives 4 and gopher-lua 10, both borders
local t = {1, 2, "three", "four", [10] = 10}
print(#t)

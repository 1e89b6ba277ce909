-- known difference: gopher-lua implements goto and labels (Lua 5.2), so goto is a reserved word; in Lua 5.1 it is a name
print(goto == nil)

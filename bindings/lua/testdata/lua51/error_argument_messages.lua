-- known difference: gopher-lua names a function it cannot name "(anonymous)" and a missing argument "nil" in argument errors (Lua 5.1: "'?'" and "no value")
print(pcall(select, 0, "a"))
print(pcall(string.format, "%d", "x"))
print(pcall(string.rep))

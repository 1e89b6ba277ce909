-- known difference: gopher-lua has no %f frontier pattern (undocumented in Lua 5.1, documented from 5.2): it reads %f as the letter f
print(("THE (quick) fox"):find("%f[%a]%a+"))

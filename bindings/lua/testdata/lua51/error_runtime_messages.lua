-- known difference: gopher-lua words runtime errors its own way ("attempt to index a non-table object(nil) with key 'x'", "cannot perform add operation between number and table", "attempt to call a non-function object"); Lua 5.1 names the variable ("attempt to index local 't' (a nil value)"). The position prefix agrees.
print(pcall(function() local t = nil return t.x end))
print(pcall(function() return 1 + {} end))
print(pcall(function() return #5 end))
print(pcall(function() return {} < {} end))
print(pcall(function() undefinedfn() end))
print(pcall(function() local s = "x" return s:nope() end))
print(pcall(function() return "a" + 1 end))

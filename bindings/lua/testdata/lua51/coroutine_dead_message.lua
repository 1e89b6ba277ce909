-- known difference: gopher-lua words the error of resuming a dead coroutine "can not resume a dead thread" (Lua 5.1: "cannot resume dead coroutine")
local co = coroutine.create(function() end)
coroutine.resume(co)
print(coroutine.resume(co))

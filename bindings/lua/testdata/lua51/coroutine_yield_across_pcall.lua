-- known difference: gopher-lua yields across pcall, as Lua 5.2 does; Lua 5.1 refuses ("attempt to yield across metamethod/C-call boundary")
local co = coroutine.create(function()
  local ok, err = pcall(function() coroutine.yield(1) end)
  return ok, err
end)
print(coroutine.resume(co))

-- known difference: gopher-lua words a yield outside a coroutine "can not yield from outside of a coroutine" (Lua 5.1: "attempt to yield across metamethod/C-call boundary")
print(pcall(coroutine.yield, 1))

local function gen(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local s = {}
for v in gen(5) do s[#s + 1] = v end
print(table.concat(s, " "))

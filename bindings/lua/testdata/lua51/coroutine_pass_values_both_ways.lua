local co = coroutine.wrap(function(...)
  local args = {...}
  while true do
    local x = coroutine.yield(#args)
    if x == nil then break end
    args[#args + 1] = x
  end
  return "end", #args
end)
print(co(1, 2), co("a"), co("b"), co())

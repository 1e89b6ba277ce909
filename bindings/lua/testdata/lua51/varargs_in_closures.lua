local function bind(f, ...)
  local n, args = select("#", ...), {...}
  return function(...) 
    local all = {}
    for i = 1, n do all[i] = args[i] end
    local m = select("#", ...)
    for i = 1, m do all[n + i] = (select(i, ...)) end
    return f(unpack(all, 1, n + m))
  end
end
local add3 = bind(function(a, b, c) return a + b + c end, 1, 2)
print(add3(3))

local getters = {}
for i = 1, 2 do
  do
    local x = i
    getters[i] = function() return x end
  end
end
print(getters[1](), getters[2]())
local function make()
  local t = {}
  local count = 0
  function t.inc() count = count + 1 return count end
  function t.get() return count end
  return t
end
local a, b = make(), make()
a.inc() a.inc() b.inc()
print(a.get(), b.get())

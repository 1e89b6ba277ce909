local fs = {}
do
  local x = 0
  fs.inc = function() x = x + 1 end
  fs.get = function() return x end
end
fs.inc() fs.inc()
print(fs.get())
local function outer()
  local a = 1
  local function mid()
    local function inner() a = a + 1 return a end
    return inner
  end
  return mid(), function() return a end
end
local i, g = outer()
i() i()
print(g())

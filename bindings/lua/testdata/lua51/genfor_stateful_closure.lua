local function range(n)
  local i = 0
  return function() i = i + 1 if i <= n then return i end end
end
local s = 0
for i in range(4) do for j in range(i) do s = s + j end end
print(s)

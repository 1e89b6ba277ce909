local fs = {}
for i = 1, 5 do
  local x = i * 2
  fs[#fs + 1] = function() return x end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[2](), fs[3]())
local gs = {}
local k = 0
while true do
  k = k + 1
  local y = k
  gs[k] = function() y = y + 1 return y end
  if k == 2 then break end
end
print(gs[1](), gs[1](), gs[2]())

local fs = {}
for k, v in ipairs({"a", "b", "c"}) do fs[#fs + 1] = function() return k .. v end end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
for k, v in ipairs({"x", "y"}) do
  for i = 1, 2 do gs[#gs + 1] = function() return v .. i end end
  if k == 2 then break end
end
print(#gs, gs[1](), gs[4]())

local function find(t, x)
  for i, v in ipairs(t) do
    for j, w in ipairs(v) do
      if w == x then return i, j end
    end
  end
  return nil
end
print(find({{1, 2}, {3, 4}}, 4))
print(find({{1}}, 9))
local function tail(t) for _, v in ipairs(t) do return tostring(v) end end
print(tail({7}))

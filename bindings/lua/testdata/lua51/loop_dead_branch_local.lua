local n = 0
for _, v in ipairs({1, 2, 3}) do
  if false then local x = 1 end
  n = n + v
end
print(n)
local function g()
  for _, v in ipairs({1}) do if false then local y end end
  return 1
end
print(g())
for _, v in ipairs({5}) do while false do local z end print(v) end

local n = 0
while n < 3 do
  n = n + 1
  for k, v in ipairs({1, 2, 3}) do
    if v == n then break end
  end
end
print(n)
local m = 0
repeat
  m = m + 1
  for c in ("ab"):gmatch(".") do if c == "b" then break end end
until m == 2
print(m)

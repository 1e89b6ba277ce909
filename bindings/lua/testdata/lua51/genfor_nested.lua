local t = {{1, 2}, {3}, {}, {4, 5, 6}}
for i, row in ipairs(t) do
  local s = 0
  for _, v in ipairs(row) do s = s + v end
  io.write(i, "=", s, " ")
end
print()
local keys = {}
for k in pairs({x = 1, y = 2, z = 3}) do keys[#keys + 1] = k end
table.sort(keys) print(table.concat(keys, " "))

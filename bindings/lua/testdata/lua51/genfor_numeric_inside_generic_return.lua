local function find2(t)
  for k, row in ipairs(t) do
    for i = 1, #row do
      if row[i] == 2 then return k, i end
    end
  end
end
print(find2({{1}, {3, 2}}))

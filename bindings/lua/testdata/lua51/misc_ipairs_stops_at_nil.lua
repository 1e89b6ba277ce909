local n = 0
for i, v in ipairs({1, 2, nil, 4}) do n = n + 1 end
print(n)

local out = {}
for i, v in ipairs({1, 2}) do out[#out + 1] = v end
for k, v in pairs({x = 3}) do out[#out + 1] = v end
for i, v in ipairs({4}) do out[#out + 1] = v end
for w in string.gmatch("5 6", "%d") do out[#out + 1] = w end
print(table.concat(out, " "))

local saved
for i, v in ipairs({10, 20, 30}) do
  local w = v + 1
  saved = function() return w end
  if i == 2 then break end
end
print(saved())

local function count(...) return select("#", ...) end
local function pass(...) return count(...) end
print(pass(), pass(nil), pass(1, nil))
local function first(...) local a = ... return a end
print(first(9, 8))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(1, 2, 3, 4))

local function f(...) return select("#", ...), (select(2, ...)) end
print(f(1, nil, 3))
print(f())
print(select(-1, "a", "b", "c"))
print(select(2, "a", "b", "c"))
local function g(...) local t = {...} return #t, t[1], t[3] end
print(g(1, 2, 3))

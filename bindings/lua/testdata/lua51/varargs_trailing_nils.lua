local function f(...) return ... end
print(f(1, nil, nil))
print(select("#", f(nil, nil)))
local function g() return 1, 2, 3 end
print(g(), g())
print((g()))
local t = {g(), g()}
print(#t)
print(unpack({1, 2, 3}))
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 3))

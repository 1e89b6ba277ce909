local function f(...) return type(arg) end
print(f(1, 2))

local function f() error("level1") end
local function g() error("level2", 2) end
local function h() g() end
print(pcall(f))
print(pcall(h))
print(pcall(function() error("nolevel", 0) end))

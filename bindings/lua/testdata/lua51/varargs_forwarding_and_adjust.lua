local function pack(...) return {n = select("#", ...), ...} end
local p = pack(1, nil, 3, nil)
print(p.n, p[1], p[2], p[3], p[4])
local function mid(...) local a, b = ..., "x" return a, b end
print(mid(1, 2, 3))
local function last(...) return "x", ... end
print(last(1, 2))
print((last(1, 2)))
local function none() end
print(none(), (none()), select("#", none()))

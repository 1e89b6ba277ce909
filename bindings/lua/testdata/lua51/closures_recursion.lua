local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
local fib
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))
local function deep(n) if n == 0 then return 0 end return deep(n - 1) end
print(deep(10000))

local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({balance = b}, Account) end
function Account:deposit(v) self.balance = self.balance + v return self end
function Account:get() return self.balance end
local acc = Account.new(10)
print(acc:deposit(5):deposit(1):get())
local Sub = setmetatable({}, {__index = Account})
Sub.__index = Sub
function Sub:get() return "sub " .. Account.get(self) end
local s = setmetatable({balance = 3}, Sub)
print(s:get(), s:deposit(1):get())

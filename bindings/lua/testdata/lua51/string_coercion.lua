print("10" + 1, "3" * "4", 10 .. "", 1.5 .. "x")
print(pcall(function() return "a" + 1 end) == false)
print("10" == 10, tonumber("10") == 10)
print(#tostring(12345), "0x10" + 0, "1e2" * 1, " 5 " + 0, "010" + 0)

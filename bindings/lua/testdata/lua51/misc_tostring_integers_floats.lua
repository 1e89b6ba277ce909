for _, v in ipairs({0, -1, 3.0, 2.5e-3, 123456789, 1e-5, 255/5, 2^40}) do io.write(tostring(v), " ") end print()

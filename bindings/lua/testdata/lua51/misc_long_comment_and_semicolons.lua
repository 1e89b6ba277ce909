-- known difference: gopher-lua accepts empty statements (";;", Lua 5.2); Lua 5.1 rejects them
--[[ a long
comment ]] print("after");;; print("semi")

--[[ a long
comment ]] print("after"); print("semi")
--[==[ another
]==] print("done")

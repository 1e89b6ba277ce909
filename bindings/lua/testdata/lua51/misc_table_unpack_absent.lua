print(table.unpack == nil, unpack ~= nil)

-- Never returns: the host's deadline stops it.
function on_event(event)
  while true do end
end

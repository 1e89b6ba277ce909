-- Counts the containers of the daemon, at most config.max_items of them.
local client = docker.from_env()

function on_event(event)
  local names = {}
  for _, c in ipairs(client.containers:list{all = true}) do
    if #names < config.max_items then names[#names + 1] = "container" end
  end
  notify("info", event.kind .. " in " .. config.environment .. " for team " .. config.labels.team)
  return {summary = "listed " .. #names .. " at most", count = #names}
end

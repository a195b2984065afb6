-- wrk script for bench/search_bench.sh: each connection's requests cycle through the request
-- targets of the search mix (ARSIP_WRK_PATHS: one /api/search?... per line, from
-- bench/search_mix_sql.py), each thread starting at another place in the mix.
local paths = {}
local next_index = 1

function init(args)
  for line in io.lines(os.getenv("ARSIP_WRK_PATHS")) do
    paths[#paths + 1] = line
  end
  next_index = (math.random(#paths) - 1) % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

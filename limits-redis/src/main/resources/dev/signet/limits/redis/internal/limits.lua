-- Signet's trading limits on Redis: one atomic step per call (Redis runs a script with nothing in between).
-- KEYS: 1 generation, 2 lost mark, 3 latest day counted on, 4 count of the caller's day D, 5 count of D+1, 6 open notional (hash)
-- ARGV: 1 operation (reserve | release | orders | open), 2 the generation this client last saw ('' for none),
--       3 this client's id (names a generation it creates), 4 D (days since 1970-01-01, UTC), 5 TTL of day keys (seconds),
--       then reserve: 6 orders, 7 max orders, 8 max open notional ('' for none), 9.. symbol, notional pairs;
--       release: 6 symbol, 7 notional; open: 6 symbol
-- Replies: {'ok', generation, count, open} | {'orders', generation, counted} | {'open', generation, index, would be}
--          | {'lost', generation} | {'skew', generation, latest day} | {'corrupt', generation, what}
-- Notionals are plain decimals (digits, optionally a point and digits) added and compared digit by digit, exactly:
-- Lua numbers are doubles.

local op, known, id = ARGV[1], ARGV[2], ARGV[3]

local function counter(generation)
  return tonumber(string.match(generation, '^(%d+):[0-9a-f]+$') or '')
end

local function decimal(s)
  return s ~= nil and #s <= 90 and (string.match(s, '^%d+$') ~= nil or string.match(s, '^%d+%.%d+$') ~= nil)
end

local function aligned(a, b)
  local ai, af = string.match(a, '^(%d+)%.?(%d*)$')
  local bi, bf = string.match(b, '^(%d+)%.?(%d*)$')
  local w, f = math.max(#ai, #bi), math.max(#af, #bf)
  return string.rep('0', w - #ai) .. ai .. af .. string.rep('0', f - #af),
      string.rep('0', w - #bi) .. bi .. bf .. string.rep('0', f - #bf), f
end

local function canonical(digits, f)
  local whole = string.gsub(string.sub(digits, 1, #digits - f), '^0+', '')
  local fraction = string.gsub(string.sub(digits, #digits - f + 1), '0+$', '')
  if whole == '' then whole = '0' end
  if fraction == '' then return whole end
  return whole .. '.' .. fraction
end

local function compare(a, b)
  local x, y = aligned(a, b)
  if x == y then return 0 elseif x < y then return -1 else return 1 end
end

local function add(a, b)
  local x, y, f = aligned(a, b)
  local out, carry = {}, 0
  for k = #x, 1, -1 do
    local d = string.byte(x, k) + string.byte(y, k) - 96 + carry
    if d >= 10 then d, carry = d - 10, 1 else carry = 0 end
    out[k] = string.char(d + 48)
  end
  return canonical((carry == 1 and '1' or '') .. table.concat(out), f)
end

-- a - b, for a > b
local function subtract(a, b)
  local x, y, f = aligned(a, b)
  local out, borrow = {}, 0
  for k = #x, 1, -1 do
    local d = string.byte(x, k) - string.byte(y, k) - borrow
    if d < 0 then d, borrow = d + 10, 1 else borrow = 0 end
    out[k] = string.char(d + 48)
  end
  return canonical(table.concat(out), f)
end

-- The generation names one life of the state. A client that saw generation G and finds none, or one not newer than
-- G, is looking at state re-created from nothing (a restart without persistence, a flush, a failover to a replica
-- without it): the counts are gone, so it marks the state lost, and every client refuses until an operator deletes
-- the mark. A newer generation is a loss already marked (and cleared): adopt it.
local generation = redis.call('GET', KEYS[1])
if redis.call('EXISTS', KEYS[2]) == 1 then
  return {'lost', generation or ''}
end
if generation and not counter(generation) then
  return {'corrupt', '', 'generation'}
end
if known ~= '' and (not generation or counter(generation) <= counter(known) and generation ~= known) then
  generation = (counter(known) + 1) .. ':' .. id
  redis.call('SET', KEYS[1], generation)
  redis.call('SET', KEYS[2], known)
  return {'lost', generation}
end
if not generation then
  generation = '0:' .. id
  redis.call('SET', KEYS[1], generation)
end

local function stored_open(symbol)
  local value = redis.call('HGET', KEYS[6], symbol)
  if value == false then return '0' end
  if not decimal(value) then return nil end
  return value
end

if op == 'release' then
  local open = stored_open(ARGV[6])
  if not open then return {'corrupt', generation, 'open notional of ' .. ARGV[6]} end
  if compare(open, ARGV[7]) <= 0 then
    redis.call('HDEL', KEYS[6], ARGV[6])
  else
    redis.call('HSET', KEYS[6], ARGV[6], subtract(open, ARGV[7]))
  end
  return {'ok', generation, '0', '0'}
end

if op == 'open' then
  local open = stored_open(ARGV[6])
  if not open then return {'corrupt', generation, 'open notional of ' .. ARGV[6]} end
  return {'ok', generation, '0', open}
end

-- Only a later day starts a new count: a caller whose clock stepped back over midnight counts on the later day.
local day = tonumber(ARGV[4])
local latest = redis.call('GET', KEYS[3])
if latest == false then
  latest = day
else
  latest = tonumber(string.match(latest, '^%d+$') or '')
  if not latest then return {'corrupt', generation, 'latest day'} end
end
if latest > day + 1 then
  return {'skew', generation, tostring(latest)}
end
local counting = math.max(day, latest)
local count_key = counting == day and KEYS[4] or KEYS[5]
local counted = redis.call('GET', count_key)
if counted == false then
  counted = 0
else
  counted = tonumber(string.match(counted, '^%d+$') or '')
  if not counted then return {'corrupt', generation, 'count'} end
end

if op == 'orders' then
  return {'ok', generation, tostring(counted), '0'}
end

-- reserve: check every limit, then change everything, or nothing
local orders, max_orders, max_open = tonumber(ARGV[6]), tonumber(ARGV[7]), ARGV[8]
local after = {}
if max_open ~= '' then
  for i = 9, #ARGV, 2 do
    local open = stored_open(ARGV[i])
    if not open then return {'corrupt', generation, 'open notional of ' .. ARGV[i]} end
    after[i] = add(open, ARGV[i + 1])
    if compare(after[i], max_open) > 0 then
      return {'open', generation, tostring((i - 9) / 2), after[i]}
    end
  end
end
if counted > max_orders - orders then
  return {'orders', generation, tostring(counted)}
end
local ttl = tonumber(ARGV[5])
redis.call('SET', KEYS[3], tostring(counting), 'EX', ttl)
local count = redis.call('INCRBY', count_key, orders)
if count == orders then
  redis.call('EXPIRE', count_key, ttl)
end
if max_open ~= '' then
  for i = 9, #ARGV, 2 do
    if ARGV[i + 1] ~= '0' then
      redis.call('HSET', KEYS[6], ARGV[i], after[i])
    end
  end
end
return {'ok', generation, tostring(count), '0'}

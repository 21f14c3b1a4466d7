require "bigdecimal"
require "ledger/version"

module Ledger
end

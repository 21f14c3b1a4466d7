module Billing; end

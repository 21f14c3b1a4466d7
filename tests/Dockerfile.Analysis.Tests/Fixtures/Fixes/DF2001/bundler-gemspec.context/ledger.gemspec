# frozen_string_literal: true

require_relative "lib/ledger/version"

Gem::Specification.new do |spec|
  spec.name = "ledger"
  spec.version = Ledger::VERSION
  spec.summary = "Double-entry bookkeeping"
  spec.files = Dir["lib/**/*.rb"]
  spec.require_paths = ["lib"]
  spec.add_dependency "bigdecimal", "~> 3.1"
end

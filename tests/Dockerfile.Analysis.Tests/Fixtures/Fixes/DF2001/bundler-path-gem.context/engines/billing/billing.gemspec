Gem::Specification.new do |spec|
  spec.name = "billing"
  spec.version = "0.1.0"
end

Gem::Specification.new do |spec|
  spec.name = "notes"
  spec.version = File.read("VERSION").strip
end

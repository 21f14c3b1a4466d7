group :development, :test do
  gem "rspec", "~> 3.13"
  eval_gemfile "rubocop.rb"
end

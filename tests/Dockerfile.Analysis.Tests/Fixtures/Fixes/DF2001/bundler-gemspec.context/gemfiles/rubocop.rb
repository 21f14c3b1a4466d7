gem "rubocop", require: false

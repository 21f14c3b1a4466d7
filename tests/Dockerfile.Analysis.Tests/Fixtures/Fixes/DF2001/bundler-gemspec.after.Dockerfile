FROM ruby:3.3-slim
WORKDIR /app
COPY Gemfile Gemfile.lock ledger.gemspec ./
COPY .bundle/config ./.bundle/
COPY gemfiles/development.rb gemfiles/rubocop.rb ./gemfiles/
COPY lib/ledger/version.rb ./lib/ledger/
RUN bundle install --jobs 4
COPY . .
CMD ["bundle", "exec", "puma"]

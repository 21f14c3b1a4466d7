FROM ruby:3.3-slim
WORKDIR /app
COPY . .
RUN bundle install --jobs 4
CMD ["bundle", "exec", "puma"]

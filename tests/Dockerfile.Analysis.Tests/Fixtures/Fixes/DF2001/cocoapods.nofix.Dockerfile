FROM ruby:3.3
WORKDIR /app
COPY . .
# pod install rewrites the Xcode project, which is part of the source
RUN pod install

FROM debian:12
RUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*

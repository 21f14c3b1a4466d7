FROM debian:12 AS base
RUN apt-get update && apt-get install -y --no-install-recommends curl

FROM base
RUN xx-apt-get install -y --no-install-recommends libc6-dev

FROM scratch AS base
COPY app /app

FROM base
WORKDIR /app

FROM rust:1.82
WORKDIR /app
COPY . .
RUN cargo fetch

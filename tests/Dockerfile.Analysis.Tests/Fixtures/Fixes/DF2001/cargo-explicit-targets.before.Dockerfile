FROM rust:1.82 AS build
WORKDIR /usr/src/shop
COPY . .
RUN cargo fetch --locked
RUN cargo build --release --offline --bin shop-server

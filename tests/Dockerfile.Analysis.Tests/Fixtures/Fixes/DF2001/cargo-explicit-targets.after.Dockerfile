FROM rust:1.82 AS build
WORKDIR /usr/src/shop
COPY Cargo.toml Cargo.lock rust-toolchain.toml ./
COPY .cargo/config.toml ./.cargo/
COPY crates/core/Cargo.toml ./crates/core/
COPY crates/server/Cargo.toml ./crates/server/
COPY tools/gen/Cargo.toml ./tools/gen/
COPY vendor/metrics/Cargo.toml ./vendor/metrics/
RUN cargo fetch --locked
COPY . .
RUN cargo build --release --offline --bin shop-server

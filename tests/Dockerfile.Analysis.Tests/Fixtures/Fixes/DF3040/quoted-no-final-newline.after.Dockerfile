FROM debian:12
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
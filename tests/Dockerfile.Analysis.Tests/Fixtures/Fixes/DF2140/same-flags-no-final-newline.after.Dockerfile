FROM alpine:3.20
RUN --network=none echo one \
    && echo two
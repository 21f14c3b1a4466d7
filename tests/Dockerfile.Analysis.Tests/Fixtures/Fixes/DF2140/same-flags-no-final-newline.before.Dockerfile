FROM alpine:3.20
RUN --network=none echo one
RUN --network=none echo two
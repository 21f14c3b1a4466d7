FROM alpine:3.20
RUN false || true
RUN echo three

FROM alpine:3.20 AS Build
RUN echo a
FROM alpine:3.20 AS build
RUN echo b

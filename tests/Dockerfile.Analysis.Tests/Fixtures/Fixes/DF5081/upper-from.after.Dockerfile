FROM alpine:3.20 AS build
RUN echo hi
FROM scratch
COPY --from=build /etc/hostname /h

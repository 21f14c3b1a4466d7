FROM alpine:3.20 as build
RUN echo hi
FROM scratch
COPY --from=build /etc/hostname /h

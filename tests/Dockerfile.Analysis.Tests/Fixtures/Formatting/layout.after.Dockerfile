FROM alpine:3.20 AS build
ARG VERSION=1 OTHER
ENV A=1 B="two  words"
RUN echo   hello
COPY --from=build --chown=1000:1000 /src /dst

EXPOSE 80/tcp 443
LABEL a=b "c d"="e  f"
VOLUME /data /logs
STOPSIGNAL SIGTERM

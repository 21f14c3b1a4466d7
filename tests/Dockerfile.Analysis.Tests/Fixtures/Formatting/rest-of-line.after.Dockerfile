FROM alpine
WORKDIR /path with   spaces
USER app   group
STOPSIGNAL SIGKILL
MAINTAINER Some   Body <a@b.c>

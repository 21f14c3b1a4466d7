FROM alpine:3.20 AS base
MAINTAINER someone <someone@example.com>
ARG VERSION
ENV APP=/app
LABEL org.example.name="demo"
RUN echo hello
CMD ["sh", "-c", "echo run"]
ENTRYPOINT ["/bin/tini", "--"]
SHELL ["/bin/bash", "-c"]
EXPOSE 80/tcp 443
ADD https://example.com/a.tar.gz /tmp/
COPY . /src
VOLUME ["/data"]
USER app:app
WORKDIR /src
ONBUILD RUN make
STOPSIGNAL SIGTERM
HEALTHCHECK CMD curl -f http://localhost/ || exit 1

# syntax=docker/dockerfile:1
ARG BASE=alpine:3.20
FROM $0${BASE} AS bu$1ilder
ARG VERSION=1.2.3
ENV APP_VERSION=$2$VERSION
RUN --$3 echo "building $AP$4P_VERSION"
RUN --mount=type=$9cache,target=/root/.cache echo cached
COPY --$5 . /src
RUN <<EOF
echo one
echo two
EOF

FROM alpine:3.20
COPY --from=$6builder /src /src
COPY app.txt /app.txt
ADD --$7 https://example.com/a.tar.gz /a.tar.gz
CMD $8["sh"]

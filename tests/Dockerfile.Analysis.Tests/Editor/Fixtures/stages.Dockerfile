# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
FROM --platform=$BUILDPLATFORM golang:${GO_V$$ERSION} AS bu$$ild
WORKDIR /src
RUN --mount=type=cache,target=/root/.cache --mount=type=bind,from=bu$$ild,target=/in go build ./...

FROM build AS test
RUN go test ./...

FROM alpine:3.20 AS final
COPY --from=BUI$$LD /out/app /usr/bin/app
COPY --from=0 /etc/passwd /etc/passwd
COPY --from=nginx:latest /etc/nginx /etc/nginx
FROM te$$st

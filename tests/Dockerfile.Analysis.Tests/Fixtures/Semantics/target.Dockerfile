# target: test
FROM scratch AS base
FROM base AS test
FROM base AS release
COPY --from=test / /
FROM busybox

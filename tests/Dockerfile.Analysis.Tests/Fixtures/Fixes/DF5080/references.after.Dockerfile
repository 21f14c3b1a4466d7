FROM golang:1.22 AS builder
RUN echo build > /out
FROM builder AS test
RUN --mount=type=bind,from=builder,source=/out,target=/in cat /in
FROM scratch
COPY --from=builder /out /out
COPY --from=builder /out /out2

FROM golang:1.22 AS Builder
RUN echo build > /out
FROM Builder AS Test
RUN --mount=type=bind,from=Builder,source=/out,target=/in cat /in
FROM scratch
COPY --from=Builder /out /out
COPY --from=BUILDER /out /out2

# How a RUN --mount names the stage it reads: the key written plainly, in capitals, quoted, escaped, or given by
# a variable all count; a mount without a from= key names no stage.
ARG KEY=from
FROM alpine:3.20 AS base
RUN echo base > /base

FROM alpine:3.20 AS tools
ARG KEY
RUN --mount=type=cache,target=/root/.cache echo no-stage
RUN --mount=type=bind,from=base,target=/a cat /a/base
RUN --mount=type=bind,FROM=base,target=/b cat /b/base
RUN --mount="type=bind,from=base,target=/c" cat /c/base
RUN --mount=type=bind,fr\om=base,target=/d cat /d/base
RUN --mount=type=bind,$KEY=base,target=/e cat /e/base
RUN --mount=type=bind,source=/x,target=/f cat /f/x

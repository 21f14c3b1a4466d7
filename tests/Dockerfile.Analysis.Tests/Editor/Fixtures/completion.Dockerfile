FROM --platform=$$ golang:1.22 AS build
ARG TARGETOS
ENV CGO_ENABLED=0
RUN --$$ go build
RUN --mount=$$ true
RUN --mount=type=cache,$$ true
RUN --mount=type=$$ true
RUN --mount=type=cache,sharing=$$ true
RUN --network=$$ true
RUN --security=$$ true
RUN --mount=type=bind,from=$$ true
RUN echo $$$
RUN echo ${CG$$
COPY --$$ a b
ADD --$$ a b
HEALTHCHECK --$$
HEALTHCHECK $$
FROM alpine AS final
COPY --from=$$ /out /out
ONBUILD $$
ONBUILD RUN --$$
$$
FROM $$
FROM build $$
WOR$$

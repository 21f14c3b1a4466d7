FROM
FROM ${UNCLOSED
COPY --from= a b
RUN --mount=from
FROM Foo:Bar
ARG
ENV
FROM $NOTHING AS empty

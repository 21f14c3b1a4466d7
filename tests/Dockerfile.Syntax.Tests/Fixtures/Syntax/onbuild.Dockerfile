FROM alpine
ONBUILD RUN echo in child
ONBUILD COPY --from=x . /y
onbuild add a b
ONBUILD

FROM alpine
ONBUILD RUN make   install
ONBUILD COPY --from=x a b
ONBUILD RUN apt-get update \
    && make

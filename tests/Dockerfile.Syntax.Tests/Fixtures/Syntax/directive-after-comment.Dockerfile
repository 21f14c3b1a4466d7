# a plain comment
# escape=`
FROM scratch
RUN echo a \
  b

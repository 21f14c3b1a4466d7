# syntax=$$docker/dockerfile:1
# check=skip=$$
# $$
FROM alpine
# $$not a directive
RUN echo hi
